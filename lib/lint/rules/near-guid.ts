import { nearGuid } from '../ids';
import { attributeItems } from '../source';
import type { LintRule } from '../types';

// Attributes whose values are meant to be GUIDs at least some of the time.
const ID_ATTRIBUTES = ['articleId', 'supportTopicIds', 'productPesIds'] as const;

/**
 * About 40 real ids are almost GUIDs (a 13-digit last group, a short group, no hyphens, braces): a copy or
 * generator slip. Tools that look ids up as GUIDs miss them, and they cannot be told apart from typos later.
 */
export const rule: LintRule = {
  id: 'near-guid',
  severity: 'warning',
  description: 'An id is almost, but not exactly, a GUID (`8-4-4-4-12` hex digits).',
  check({ article, text, report }) {
    for (const name of ID_ATTRIBUTES) {
      // articleId is one value (it may contain commas in free text); the others are comma lists.
      const items = attributeItems(article, text, name);
      const values = name === 'articleId' && items[0] ? [{ value: article.meta.articleId, at: items[0].at }] : items;
      for (const item of values) {
        const why = nearGuid(item.value);
        if (!why) continue;
        report(item.at, `\`${name}\` value \`${item.value}\` is almost a GUID (${why}); expected \`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\``);
      }
    }
  },
};
