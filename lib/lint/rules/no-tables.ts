import { startOf, visitBody } from '../nodes';
import type { LintRule } from '../types';

/** The portal does not render markdown tables (CommonSolutions template); readers see raw pipes instead. */
export const rule: LintRule = {
  id: 'no-tables',
  severity: 'warning',
  description: 'The body contains a pipe table, which the portal does not render.',
  check({ article, report }) {
    visitBody(article, 'table', (node) => {
      const columns = node.children[0]?.children.length ?? 0;
      report(startOf(node), `Pipe table (${columns} columns) is not rendered by the portal; expected a list or paragraphs instead`);
    });
  },
};
