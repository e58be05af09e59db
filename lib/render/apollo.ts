/**
 * What the portal puts where an Apollo block stands (FORMAT.md §2.6), in words: the card a page shows for
 * `<insight>`, `<video>`, `<videoGroup>`, `<metric>` and `<azureKB>`, said for customers, with every parameter the
 * author gave kept apart for engineers. Pure data; components/ApolloCard draws it.
 */
import type { ApolloElement } from '../content/model';
import { humanize } from './humanize';

export interface ApolloCardModel {
  kind: 'insight' | 'video' | 'videoGroup' | 'metric' | 'azureKB' | 'other';
  /** What kind of block it is ("Diagnostic insight"). */
  label: string;
  /** The block's own title, when it has one. */
  title: string | null;
  /** What the portal shows here. */
  description: string;
  /** The parameters, named for engineers, in the order written: internal settings, not for customers' eyes. */
  fields: Array<{ name: string; value: string }>;
  /** Videos to watch (a `<video>` or the members of a `<videoGroup>`). */
  videos: Array<{ title: string; src: string }>;
}

const FIELD_NAMES: Record<string, string> = {
  symptomid: 'Diagnostic (symptom ID)',
  executiontext: 'While it runs',
  timeouttext: 'If it times out',
  noresulttext: 'If nothing is found',
  failedtext: 'If it fails',
  additionalinputsreq: 'Needs more input',
  maxinsightcount: 'Most findings shown',
  aggregationtype: 'Aggregation',
  timespanduration: 'Time span',
  name: 'Metric',
  client: 'Search client',
};

const first = (el: ApolloElement, field: string): string | null => {
  const hit = Object.entries(el.fields).find(([k]) => k.toLowerCase() === field.toLowerCase());
  return hit?.[1].find((v) => v.trim() !== '') ?? null;
};

/** `PT1H` → "1 hour", `P7D` → "7 days"; the input when it is not an ISO-8601 duration. */
export function describeDuration(iso: string): string {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(iso.trim());
  if (!m?.slice(1).some(Boolean)) return iso;
  const units = ['day', 'hour', 'minute', 'second'];
  return m
    .slice(1)
    .map((n, i) => (n ? `${Number(n)} ${units[i]}${Number(n) === 1 ? '' : 's'}` : ''))
    .filter(Boolean)
    .join(' ');
}

function video(el: ApolloElement): { title: string; src: string } | null {
  const src = first(el, 'src');
  return src ? { title: first(el, 'title') ?? src, src } : null;
}

/** The card for one Apollo block. */
export function apolloCard(el: ApolloElement): ApolloCardModel {
  const tag = el.tag.toLowerCase();
  const fields = Object.entries(el.fields)
    .filter(([k]) => !['title', 'src'].includes(k.toLowerCase()))
    .flatMap(([k, vs]) =>
      vs.map((v) => ({ name: FIELD_NAMES[k.toLowerCase()] ?? humanize(k), value: k.toLowerCase() === 'timespanduration' ? describeDuration(v) : v })),
    );
  const title = first(el, 'title');
  switch (tag) {
    case 'insight':
      // The symptom id is for engineers (it is among `fields`); readers learn what happens here.
      return {
        kind: 'insight',
        label: 'Diagnostic insight',
        title,
        fields,
        videos: [],
        description: 'The portal runs a diagnostic on your resource here and shows what it finds.',
      };
    case 'video': {
      const v = video(el);
      return { kind: 'video', label: 'Video', title, fields, videos: v ? [v] : [], description: 'The portal plays this video here.' };
    }
    case 'videogroup': {
      const videos = (el.children ?? []).map(video).filter((v) => v !== null);
      return {
        kind: 'videoGroup',
        label: 'Videos',
        title,
        fields,
        videos,
        description: `The portal shows ${videos.length === 1 ? 'this video' : `these ${videos.length} videos`} here.`,
      };
    }
    case 'metric': {
      const name = first(el, 'name') ?? 'a metric';
      const agg = first(el, 'aggregationType');
      const span = first(el, 'timeSpanDuration');
      const description = `The portal charts ${agg ? `the ${agg.toLowerCase()} of ` : ''}${name} for your resource${span ? ` over the last ${describeDuration(span)}` : ''}.`;
      return { kind: 'metric', label: 'Metric chart', title, fields, videos: [], description };
    }
    case 'azurekb':
      return {
        kind: 'azureKB',
        label: 'Results from the web',
        title,
        fields,
        videos: [],
        description: 'The portal lists documentation and community answers that match this problem here.',
      };
    default:
      return { kind: 'other', label: humanize(el.tag), title, fields, videos: [], description: 'The portal shows content of this kind here.' };
  }
}
