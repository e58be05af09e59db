import { GUID, nearGuid } from '../ids';
import { attributeItems, shorten } from '../source';
import type { LintRule } from '../types';

const FOUR_TO_SEVEN_DIGITS = /^\d{4,7}$/;

/**
 * Product (PES) ids are 4–7-digit numbers, or product GUIDs in support-topic descriptions (FORMAT.md §1.8).
 * Another shape is a paste error and the article would not be matched to its product.
 */
export const rule: LintRule = {
  id: 'product-id-shape',
  severity: 'warning',
  description: 'A `productPesIds` entry is neither a 4–7-digit number nor a GUID.',
  check({ article, text, report }) {
    for (const item of attributeItems(article, text, 'productPesIds')) {
      // near-guid names almost-GUIDs more precisely; one report per id is enough.
      if (FOUR_TO_SEVEN_DIGITS.test(item.value) || GUID.test(item.value) || nearGuid(item.value)) continue;
      report(item.at, `Product id \`${shorten(item.value)}\` has the wrong shape; expected a number of 4 to 7 digits or a GUID`);
    }
  },
};
