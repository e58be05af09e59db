/**
 * Scoping forms (problemScopingQuestions, TSG_Questions; FORMAT.md §4.1) as the page uses them: questions in
 * `order`, with their options (static, plus the defaults of options the portal fetches), and the answers as
 * plain `label: value` lines for a support request's additional details. Pure, shared by server and client.
 */
import type { ControlType, FormElement, FormOption, VisibilityExpr } from '../content/json';
import { type Answers, evaluateVisibility } from './visibility';

export interface FormQuestion {
  id: string;
  order: number;
  control: ControlType;
  label: string;
  required: boolean;
  maxLength: number | null;
  lines: number | null;
  placeholder: string | null;
  hints: string[];
  options: FormOption[];
  /** Where the portal fills options in from (an ARM/API uri); null for static options only. */
  dynamicFrom: string | null;
  /** The rule, parsed when the article was read; always visible when absent or malformed. */
  visibility: VisibilityExpr;
}

const ALWAYS: VisibilityExpr = { type: 'const', value: true };

const stripTags = (s: string) =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function defaults(raw: unknown): FormOption[] {
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.flatMap((o) => {
    if (typeof o !== 'object' || o === null) return [];
    const r = o as Record<string, unknown>;
    const text = r.text ?? r.Text;
    const value = r.value ?? r.Value;
    return typeof text === 'string' && (typeof value === 'string' || typeof value === 'number') ? [{ text, value: String(value) }] : [];
  });
}

/** One element as a question; the control defaults by what the element carries. */
export function toQuestion(el: FormElement, index: number): FormQuestion {
  const dyn = el.dynamicDropdownOptions;
  const options = [...(el.dropdownOptions ?? []), ...(el.radioButtonOptions ?? []), ...defaults(dyn?.defaultDropdownOptions)];
  const unique = options.filter((o, i) => options.findIndex((p) => p.value === o.value) === i);
  const control: ControlType = el.controlType ?? (unique.length > 0 || dyn ? 'dropdown' : 'textbox');
  return {
    id: el.id,
    order: Number.isFinite(el.order) ? el.order : index,
    control,
    label: stripTags(el.displayLabel ?? '') || el.id,
    required: el.required === true,
    maxLength: el.maxLength && el.maxLength > 0 ? el.maxLength : null,
    lines: el.numberOfLines && el.numberOfLines > 0 ? el.numberOfLines : null,
    placeholder: el.watermarkText ? stripTags(el.watermarkText) : null,
    hints: (el.hints ?? []).map((h) => stripTags(h.text)).filter(Boolean),
    options: unique,
    dynamicFrom: dyn ? (dyn.uri ?? 'the portal') : null,
    visibility: el.visibility?.expr ?? ALWAYS,
  };
}

/** The questions in `order` (172 real files list them otherwise); ties keep the written order. */
export function toQuestions(elements: readonly FormElement[]): FormQuestion[] {
  return elements
    .map(toQuestion)
    .map((q, i) => ({ q, i }))
    .sort((a, b) => a.q.order - b.q.order || a.i - b.i)
    .map(({ q }) => q);
}

/** Controls that only show text and take no answer. */
export const DISPLAY_ONLY: ReadonlySet<ControlType> = new Set<ControlType>(['infoblock', 'textblock']);

/** The questions shown for these answers. */
export function visibleQuestions(questions: readonly FormQuestion[], answers: Answers): FormQuestion[] {
  return questions.filter((q) => evaluateVisibility(q.visibility, answers));
}

/** An answer as a reader would say it: option texts instead of values, choices joined. */
export function answerText(q: FormQuestion, answer: string | readonly string[] | undefined): string {
  const values = answer === undefined ? [] : typeof answer === 'string' ? [answer] : answer;
  const named = values
    .filter((v) => v.trim() !== '')
    // A datetime-local value reads `2024-05-01T10:00`; people write a space.
    .map((v) => (q.control === 'datetimepicker' ? v.replace('T', ' ') : (q.options.find((o) => o.value === v)?.text ?? v)));
  return named.join(', ');
}

/** The answers of the visible questions as `label: value` lines; unanswered questions are left out. */
export function answersAsText(questions: readonly FormQuestion[], answers: Answers): string {
  return visibleQuestions(questions, answers)
    .filter((q) => !DISPLAY_ONLY.has(q.control))
    .map((q) => ({ q, text: answerText(q, answers[q.id]) }))
    .filter(({ text }) => text !== '')
    .map(({ q, text }) => `${q.label}: ${text.includes('\n') ? `\n${text}` : text}`)
    .join('\n');
}

/** Required questions that are shown but not answered. */
export function missingRequired(questions: readonly FormQuestion[], answers: Answers): FormQuestion[] {
  return visibleQuestions(questions, answers).filter((q) => q.required && !DISPLAY_ONLY.has(q.control) && answerText(q, answers[q.id]) === '');
}
