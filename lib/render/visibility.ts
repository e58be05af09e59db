/**
 * Evaluating scoping-form visibility rules against answers. The rules are parsed when the article is read
 * (lib/content/json/visibility); here they only meet the answers, on the server and in the client form alike.
 * Unknown ids compare as empty.
 */
import type { VisibilityExpr } from '../content/json/visibility';

/** Answers by question id: a single value, or several for a multi-select. */
export type Answers = Readonly<Record<string, string | readonly string[] | undefined>>;

const fold = (s: string) => s.trim().toLowerCase();

function answerOf(answers: Answers, id: string): readonly string[] {
  // Ids are matched exactly first; authors sometimes change the case of an id between rule and question.
  const hit = answers[id] ?? Object.entries(answers).find(([k]) => fold(k) === fold(id))?.[1];
  if (hit === undefined) return [];
  return typeof hit === 'string' ? (hit === '' ? [] : [hit]) : hit;
}

/** Evaluates a parsed rule. Values compare trimmed and case-insensitively; a multi-select matches any choice. */
export function evaluateVisibility(expr: VisibilityExpr, answers: Answers): boolean {
  switch (expr.type) {
    case 'const':
      return expr.value;
    case 'and':
      return evaluateVisibility(expr.left, answers) && evaluateVisibility(expr.right, answers);
    case 'or':
      return evaluateVisibility(expr.left, answers) || evaluateVisibility(expr.right, answers);
    case 'compare': {
      const values = answerOf(answers, expr.id).map(fold);
      const want = fold(expr.value);
      const equal = want === '' ? values.length === 0 : values.includes(want);
      return expr.op === '==' ? equal : !equal;
    }
  }
}
