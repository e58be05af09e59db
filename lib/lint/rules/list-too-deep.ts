import type { Nodes } from 'mdast';
import { bodyBlocks, startOf } from '../nodes';
import type { LintRule } from '../types';

const MAX_DEPTH = 2;

/**
 * The templates allow two bullet levels; the portal's list styles stop there, so a third level renders
 * flat or clipped (95 real files nest deeper). Reported once per over-deep list, at its first item.
 */
export const rule: LintRule = {
  id: 'list-too-deep',
  severity: 'warning',
  description: `A list is nested more than ${MAX_DEPTH} levels deep.`,
  check({ article, report }) {
    const walk = (node: Nodes, depth: number): void => {
      const level = node.type === 'list' ? depth + 1 : depth;
      if (node.type === 'list' && level > MAX_DEPTH) {
        report(startOf(node), `List nested ${level} levels deep; expected at most ${MAX_DEPTH}, flatten it or split the step`);
        return; // deeper lists inside are the same problem
      }
      if ('children' in node) for (const child of node.children) walk(child as Nodes, level);
    };
    for (const node of bodyBlocks(article)) walk(node, 0);
  },
};
