/**
 * `parseBody`: the body model of an article (everything after the properties block), for every type.
 * Markdown bodies are parsed once, with every position a file position (see ./parse.ts);
 * comment markers and Apollo blocks are read from the raw text first, before anything strips comments.
 * JSON bodies are read by lines and typed by schema. Nothing here throws: an unexpected failure becomes
 * a `body-internal-error` diagnostic and an empty body.
 */
import type { DiagnosticBag, LineIndex } from '../diagnostics';
import type { ArticleBody, BlockRange, SelfHelpType } from '../model';
import { apolloElements, apolloSections } from './apollo';
import type { BodyContext } from './context';
import { documentsOf } from './documents';
import { checkFences } from './fences';
import { JSON_KINDS, parseJsonBody } from './jsonBody';
import { scanMarkers } from './markers';
import { buildOutline } from './outline';
import { parseBodyMarkdown } from './parse';
import { issueDescriptions, namedRegions } from './regions';
import { stepsOf } from './steps';
import { pairTokens } from './tokens';

export interface BodyInput {
  /** The whole file, BOM stripped, newlines normalised to LF. */
  text: string;
  /** Offsets of the properties block in `text`; null when the file has none. */
  block: BlockRange | null;
  selfHelpType: SelfHelpType;
  bag: DiagnosticBag;
  lines: LineIndex;
}

/** Builds the body model; problems go to `input.bag` with file positions. Never throws. */
export function parseBody(input: BodyInput): ArticleBody {
  try {
    const ctx: BodyContext = {
      text: input.text,
      bodyStart: input.block?.end ?? 0,
      blockStart: input.block?.start ?? 0,
      selfHelpType: input.selfHelpType,
      bag: input.bag,
      lines: input.lines,
    };
    const kind = JSON_KINDS[input.selfHelpType];
    if (kind) {
      const { h1, json } = parseJsonBody(ctx, kind);
      return { ...emptyBody(), h1, json };
    }
    return markdownBody(ctx);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    input.bag.error({ line: 1, column: 1 }, 'body-internal-error', `Unexpected failure while reading the body: ${message}`);
    return emptyBody();
  }
}

function markdownBody(ctx: BodyContext): ArticleBody {
  const markers = scanMarkers(ctx);
  const tokens = pairTokens(ctx, markers);
  const { root, codes } = parseBodyMarkdown(ctx);
  const outline = buildOutline(ctx, root);
  checkFences(ctx, codes);
  const spans = outline.headings.map((h) => ({ start: h.offset, end: h.end, reserved: h.match !== null }));
  const steps = stepsOf(root.children, outline.sections);
  const documents = documentsOf(ctx, root.children, outline.sections);
  const sections = outline.sections.map((s, i) => ({ ...s.section, steps: steps[i] ?? [], documents: documents[i] ?? [] }));
  return {
    h1: outline.h1,
    intro: outline.intro,
    steps: sections.flatMap((s) => s.steps),
    documents: sections.flatMap((s) => s.documents),
    sections,
    issueDescriptions: issueDescriptions(ctx, markers, spans),
    regions: namedRegions(ctx, markers),
    tokens,
    apolloSections: apolloSections(ctx),
    apolloElements: apolloElements(ctx),
    json: null,
  };
}

/** A body with nothing in it. */
export function emptyBody(): ArticleBody {
  return {
    h1: null,
    intro: [],
    steps: [],
    documents: [],
    sections: [],
    issueDescriptions: [],
    regions: [],
    tokens: [],
    apolloSections: [],
    apolloElements: [],
    json: null,
  };
}
