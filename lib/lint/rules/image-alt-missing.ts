import { startOf, visitBody } from '../nodes';
import { shorten } from '../source';
import type { LintRule } from '../types';

/** Screen readers announce an image without alt text by its file name, or not at all. */
export const rule: LintRule = {
  id: 'image-alt-missing',
  severity: 'warning',
  description: 'An image has no alt text.',
  check({ article, report }) {
    visitBody(article, 'image', (node) => {
      if (node.alt?.trim()) return;
      report(startOf(node), `Image \`${shorten(node.url)}\` has no alt text; expected \`![what it shows](…)\``);
    });
  },
};
