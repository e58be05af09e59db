/**
 * How a markdown body is laid out on the page: Apollo `:::Section` groups, then, inside each, runs of content
 * by comment region (the issueDescription becomes an insight card, the named RCA regions labelled blocks),
 * then chunks by heading. Works from the body model's positions, so the same sections, steps and documents
 * are shown whichever layout applies; an article without regions or markers gets plain section chunks.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { ArticleBody, DocLink, Region, Section, Step } from '../content/model';

/** A heading (null before the first one) and the content under it that is not a sub-section's. */
export interface Chunk {
  section: Section | null;
  nodes: RootContent[];
  /** The section's steps shown here as a checklist (Recommended Steps only): those among `nodes`. */
  steps: Step[];
  /** The section's links shown here (Recommended Documents only): those among `nodes`. */
  documents: DocLink[];
}

export type Block =
  | { kind: 'chunks'; chunks: Chunk[] }
  /** The issueDescription, under the heading written just before it (the H2 title) when there is one. */
  | { kind: 'insight'; title: Section | null; chunks: Chunk[] }
  | { kind: 'region'; name: string; label: string; chunks: Chunk[] };

export interface Group {
  /** The Apollo `:::Section` title; null for content before the first marker (and for non-Apollo bodies). */
  title: string | null;
  blocks: Block[];
}

/** Readers' names for the named regions of RCA articles (FORMAT.md §2.3). */
export const REGION_LABELS: Readonly<Record<string, string>> = {
  rcaDescription: 'Root cause',
  resolutionDetails: 'Resolution',
  additionalInfo: 'Additional information',
  recommendedActions: 'Recommended actions',
  salutation: 'Closing note',
};

type Item = { heading: Section } | { node: RootContent } | { marker: string };

/**
 * The section's steps and documents that fall among `nodes`: all of them, unless a region or marker cut the
 * section (the rest then shows as plain markdown), or blank blocks at either end were left out.
 */
function shown(section: Section | null, nodes: readonly RootContent[]): Pick<Chunk, 'steps' | 'documents'> {
  const from = nodes[0]?.position?.start.line ?? 0;
  const to = nodes[nodes.length - 1]?.position?.end.line ?? -1;
  const inside = (at: { line: number }) => at.line >= from && at.line <= to;
  return {
    steps: section?.role === 'steps' ? section.steps.filter(inside) : [],
    documents: section?.role === 'documents' ? section.documents.filter(inside) : [],
  };
}

/** Nodes that render nothing: comments (region markers) and lone `<br>`s. */
export function isBlank(node: RootContent): boolean {
  return (
    node.type === 'html' &&
    node.value
      .replace(/<!--[\s\S]*?(-->|$)/g, '')
      .replace(/<\/?br\s*\.?\/?>/gi, '')
      .trim() === ''
  );
}

/** The page layout of a markdown body. */
export function layoutBody(body: ArticleBody): Group[] {
  const markers = new Map(body.apolloSections.map((s) => [s.line, s.title]));
  const items: Item[] = [];
  const pushNodes = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') items.push(...splitAtMarkers(node, markers));
      else items.push({ node });
    }
  };
  pushNodes(body.intro);
  for (const section of body.sections) {
    items.push({ heading: section });
    pushNodes(section.nodes);
  }
  const regions = [...body.issueDescriptions, ...body.regions.filter((r) => r.name in REGION_LABELS)];
  const groups: Group[] = [{ title: null, blocks: [] }];
  let run: { region: Region | null; chunks: Chunk[] } | null = null;
  const flush = () => {
    const group = groups[groups.length - 1];
    if (run && group) addBlock(group.blocks, run.region, run.chunks);
    run = null;
  };
  for (const item of items) {
    if ('marker' in item) {
      flush();
      groups.push({ title: item.marker, blocks: [] });
      continue;
    }
    if ('node' in item && isBlank(item.node)) continue;
    const region = innermost(regions, item);
    if (!run || run.region !== region) {
      flush();
      run = { region, chunks: [] };
    }
    const current: { chunks: Chunk[] } = run;
    if ('heading' in item) current.chunks.push({ section: item.heading, nodes: [], steps: [], documents: [] });
    else {
      const last = current.chunks[current.chunks.length - 1];
      if (last) last.nodes.push(item.node);
      else current.chunks.push({ section: null, nodes: [item.node], steps: [], documents: [] });
    }
  }
  flush();
  return groups.filter((g, i) => i > 0 || g.blocks.length > 0);
}

/**
 * A paragraph with Apollo marker lines in it, split around them. Usually the marker is a paragraph of its own;
 * after a `<br>` line it continues the paragraph above (CommonMark's lazy continuation), so lines are cut.
 */
function splitAtMarkers(p: Paragraph, markers: ReadonlyMap<number, string>): Item[] {
  const from = p.position?.start.line ?? -1;
  const to = p.position?.end.line ?? -1;
  if (![...markers.keys()].some((l) => l >= from && l <= to)) return [{ node: p }];
  const out: Item[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    const kept = run.filter((c) => !(c.type === 'text' && !c.value.trim()) && !(c.type === 'html' && isBlank(c)));
    const first = kept.find((c) => c.position)?.position;
    const last = kept.findLast((c) => c.position)?.position;
    if (kept.length > 0) out.push({ node: { type: 'paragraph', children: run, position: first && last ? { start: first.start, end: last.end } : p.position } });
    run = [];
  };
  for (const child of p.children) {
    const start = child.position?.start.line ?? -1;
    if (child.type !== 'text' || !child.value.includes('\n')) {
      const title = markers.get(start);
      if (title !== undefined && child.type === 'text') {
        flush();
        out.push({ marker: title });
      } else run.push(child);
      continue;
    }
    child.value.split('\n').forEach((part, i) => {
      const title = markers.get(start + i);
      if (title !== undefined) {
        flush();
        out.push({ marker: title });
      } else if (part.trim()) run.push({ type: 'text', value: i > 0 && run.length > 0 ? `\n${part}` : part });
    });
  }
  flush();
  return out;
}

function innermost(regions: readonly Region[], item: { heading: Section } | { node: RootContent }): Region | null {
  const [start, end] =
    'heading' in item ? [item.heading.offset, item.heading.offset + 1] : [item.node.position?.start.offset ?? -1, item.node.position?.end.offset ?? -1];
  let best: Region | null = null;
  for (const r of regions) {
    // Overlap, not containment: a region's opener can share an HTML block with its first line.
    const overlaps = start < r.endOffset && end > r.offset && r.endOffset > r.offset;
    if (overlaps && (!best || r.endOffset - r.offset < best.endOffset - best.offset)) best = r;
  }
  return best;
}

function addBlock(blocks: Block[], region: Region | null, chunks: Chunk[]): void {
  const kept = chunks.filter((c) => c.section || c.nodes.length > 0).map((c) => ({ ...c, ...shown(c.section, c.nodes) }));
  if (kept.length === 0) return;
  if (!region) {
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'chunks') last.chunks.push(...kept);
    else blocks.push({ kind: 'chunks', chunks: kept });
    return;
  }
  if (region.name !== 'issueDescription') {
    blocks.push({ kind: 'region', name: region.name, label: REGION_LABELS[region.name] ?? region.name, chunks: kept });
    return;
  }
  if (!kept.some((c) => c.nodes.length > 0)) {
    addBlock(blocks, null, kept); // An empty issueDescription: nothing for a card to say.
    return;
  }
  // The heading right before the region (with nothing under it) is the insight's title.
  const prev = blocks[blocks.length - 1];
  const lastChunk = prev?.kind === 'chunks' ? prev.chunks[prev.chunks.length - 1] : undefined;
  let title: Section | null = null;
  if (prev?.kind === 'chunks' && lastChunk?.section && lastChunk.nodes.length === 0) {
    title = lastChunk.section;
    prev.chunks.pop();
    if (prev.chunks.length === 0) blocks.pop();
  }
  blocks.push({ kind: 'insight', title, chunks: kept });
}
