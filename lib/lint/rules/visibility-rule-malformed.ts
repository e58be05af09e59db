import type { LintRule } from '../types';

/**
 * Scoping-form questions show or hide by their `visibility` rule (FORMAT.md §4.1). A rule the form cannot read
 * keeps its question always shown, and a rule that reads a question id the form does not have compares it as
 * unanswered: either way the form asks what the author meant to hide. The rules are parsed and located with
 * the article (lib/content/json/locate.ts); this rule reports what was found.
 */
export const rule: LintRule = {
  id: 'visibility-rule-malformed',
  severity: 'warning',
  description: 'The visibility rule of a scoping question cannot be read, or reads a question the form does not have.',
  check({ article, report }) {
    const json = article.body.json;
    if ((json?.kind !== 'problemScoping' && json?.kind !== 'tsgQuestions') || !json.data) return;
    for (const el of json.data.formElements) for (const issue of el.visibility?.issues ?? []) report(issue.at, issue.message);
  },
};
