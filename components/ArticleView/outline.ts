/** How the body model's sections map onto the page: pure helpers, kept apart so ArticleView stays markup. */
import type { RootContent } from 'mdast';

/**
 * Splits nodes around those that hold the given lines (the list that became the checklist or the document
 * links): what comes before is shown above the special rendering, the rest below, nothing twice.
 */
export function splitAround(nodes: readonly RootContent[], lines: readonly number[]): { before: RootContent[]; after: RootContent[]; covered: boolean } {
  const holds = (n: RootContent) => {
    const start = n.position?.start.line ?? -1;
    const end = n.position?.end.line ?? -1;
    return lines.some((l) => l >= start && l <= end);
  };
  const first = nodes.findIndex(holds);
  if (first === -1) return { before: [...nodes], after: [], covered: false };
  let last = first;
  nodes.forEach((n, i) => {
    if (holds(n)) last = i;
  });
  return { before: nodes.slice(0, first), after: nodes.slice(last + 1), covered: true };
}

/**
 * True when the nodes are only lists whose items are a single link (blanks and `<br>` allowed): then a plain
 * link list loses nothing. Lists that mix links with text are rendered as markdown instead, so no text is lost.
 */
export function isPlainLinkList(nodes: readonly RootContent[]): boolean {
  const blank = (n: RootContent) => (n.type === 'text' && !n.value.trim()) || (n.type === 'html' && /^<\/?br\s*\/?>$/i.test(n.value.trim()));
  return (
    nodes.length > 0 &&
    nodes.every(
      (n) =>
        n.type === 'list' &&
        n.children.every((item) => {
          const [para, ...rest] = item.children;
          return (
            rest.length === 0 &&
            para?.type === 'paragraph' &&
            para.children.filter((c) => !blank(c)).length === 1 &&
            para.children.some((c) => c.type === 'link')
          );
        }),
    )
  );
}

/** Heading level on the page: the title is the only h1, so content levels start at h2. */
export function headingLevel(depth: number): 2 | 3 | 4 | 5 | 6 {
  if (depth <= 0) return 3; // A bold-only pseudo-heading line reads as a sub-heading.
  return Math.min(Math.max(depth, 2), 6) as 2 | 3 | 4 | 5 | 6;
}
