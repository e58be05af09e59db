import type { Nodes } from 'mdast';
import { startOf, visitBody } from '../nodes';
import { offsetAt, shorten } from '../source';
import type { LintRule } from '../types';

const MARKUP = { link: 'link', linkReference: 'link', strong: 'bold', emphasis: 'italics' } as const;

/**
 * The issueDescription is shown as plain text in the insight card (Diagnostics template: no links, bold or
 * italics inside); markup there appears as literal `**` and `[…](…)`. Tokens are comments, so they pass.
 * The body's own mdast is used (no second parse): a node belongs to a region when it starts inside its span.
 */
export const rule: LintRule = {
  id: 'issue-description-markup',
  severity: 'warning',
  description: 'An issueDescription region contains a link, bold or italic text.',
  check({ article, text, report }) {
    const spans = article.body.issueDescriptions.map((r) => [r.offset, r.endOffset] as const);
    if (spans.length === 0) return;
    const found: Array<{ node: Nodes; what: string; offset: number }> = [];
    for (const type of Object.keys(MARKUP) as Array<keyof typeof MARKUP>) {
      visitBody(article, type, (node) => {
        const offset = node.position ? offsetAt(text, node.position.start) : -1;
        if (spans.some(([s, e]) => offset >= s && offset < e)) found.push({ node, what: MARKUP[type], offset });
      });
    }
    // Outermost only: a link inside bold is one finding, reported at the bold.
    found.sort((a, b) => a.offset - b.offset);
    let coveredTo = -1;
    for (const { node, what, offset } of found) {
      if (offset < coveredTo) continue;
      const end = node.position ? offsetAt(text, node.position.end) : offset;
      coveredTo = end;
      report(
        startOf(node),
        `Found ${what} \`${shorten(text.slice(offset, end), 40)}\` inside \`<!--issueDescription-->\`; expected plain text (tokens are fine)`,
      );
    }
  },
};
