import { GUID, nearGuid } from '../ids';
import { attributeItems, shorten } from '../source';
import type { LintRule } from '../types';

const EIGHT_DIGITS = /^\d{8}$/;

/**
 * Support topic ids are 8-digit numbers (GUIDs in Apollo); anything else (7 or 9 digits, free text such as
 * "Azure AD Domain Services") never matches a support topic, so the article is silently not shown.
 */
export const rule: LintRule = {
  id: 'support-topic-id-shape',
  severity: 'warning',
  description: 'A `supportTopicIds` entry is neither an 8-digit number nor a GUID.',
  check({ article, text, report }) {
    for (const item of attributeItems(article, text, 'supportTopicIds')) {
      // near-guid names almost-GUIDs more precisely; one report per id is enough.
      if (EIGHT_DIGITS.test(item.value) || GUID.test(item.value) || nearGuid(item.value)) continue;
      report(item.at, `Support topic id \`${shorten(item.value)}\` has the wrong shape; expected an 8-digit number or a GUID`);
    }
  },
};
