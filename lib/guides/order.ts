/**
 * Walking order of a guide's nodes. The corpus gives no `displayOrder` to troubleshooter nodes (0 of 1,160 in
 * the sample), so the order hints of names.ts carry most guides; nodes without any hint follow, by title.
 */
import type { GuideNode } from './model';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares two hint tuples element by element; a shorter tuple that is a prefix comes first. */
export function compareHints(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Nodes ordered by displayOrder, then order hint, then title and file; nulls last at each step. */
export function orderNodes(nodes: readonly GuideNode[], hint: (n: GuideNode) => number[] | null): GuideNode[] {
  const keyed = nodes.map((node) => ({ node, order: node.meta.displayOrder, hint: hint(node) }));
  keyed.sort((a, b) => {
    if (a.order !== b.order) return a.order === null ? 1 : b.order === null ? -1 : a.order - b.order;
    if (a.hint && b.hint) {
      const d = compareHints(a.hint, b.hint);
      if (d !== 0) return d;
    } else if (a.hint || b.hint) {
      return a.hint ? -1 : 1;
    }
    return collator.compare(a.node.meta.title, b.node.meta.title) || (a.node.meta.file < b.node.meta.file ? -1 : a.node.meta.file > b.node.meta.file ? 1 : 0);
  });
  return keyed.map((k) => k.node);
}
