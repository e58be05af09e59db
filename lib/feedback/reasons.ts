/** The fixed answers of "Was this helpful?": shared by the API's validation and the widget (client-safe, pure). */

export const YES_REASONS = ['Solved my problem', 'Easy to follow', 'Other'] as const;
export const NO_REASONS = ["Steps didn't work", 'Hard to follow', 'Wrong cloud or product', 'Out of date', 'Other'] as const;

/** Longest comment accepted, in characters (as Microsoft Learn's feedback form). */
export const COMMENT_MAX = 999;

/** The reasons offered after a Yes (`true`) or a No (`false`). */
export function reasonsFor(helpful: boolean): readonly string[] {
  return helpful ? YES_REASONS : NO_REASONS;
}

/** Where the no-JavaScript form posts; it answers 303 back to the article with `?feedback=<outcome>`. */
export const FORM_ACTION = '/api/feedback/form';

/** What the form route reports back in `?feedback=`: the step to show next or what went wrong. */
export const OUTCOMES = ['yes', 'no', 'thanks', 'unavailable', 'invalid', 'limited'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Narrows a `?feedback=` value to an outcome; anything else is no outcome. */
export function toOutcome(value: string | undefined): Outcome | undefined {
  return OUTCOMES.find((o) => o === value);
}
