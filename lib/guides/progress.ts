/**
 * A walk through a guide as it travels in the URL (`?path=nsr&outcome=<solution id>`): one letter per answered
 * check, in order (`r` resolved, `n` not resolved, `s` skipped), and the solution reached. Pure: the page parses
 * it on the server, the flow builds the next URLs and the case notes from it.
 */

export type Answer = 'resolved' | 'not-resolved' | 'skipped';

const BY_CODE: Record<string, Answer> = { r: 'resolved', n: 'not-resolved', s: 'skipped' };
const CODE: Record<Answer, string> = { resolved: 'r', 'not-resolved': 'n', skipped: 's' };

/** How each answer reads on the page and in case notes. */
export const ANSWER_LABELS: Record<Answer, string> = { resolved: 'Resolved', 'not-resolved': 'Not resolved', skipped: 'Skipped' };

export interface Progress {
  /** Answers to the first checks, in order; a `resolved` answer is always the last one. */
  answers: Answer[];
  /** articleId of the solution reached, as the guide spells it; null while none is chosen. */
  outcome: string | null;
}

export const EMPTY_PROGRESS: Progress = { answers: [], outcome: null };

/**
 * Reads `path` and `outcome` against a guide: letters past the last check, after a `resolved`, or not one of
 * `r`/`n`/`s` end the path; an outcome that names none of the guide's solutions is dropped. Never throws.
 */
export function parseProgress(path: string | undefined, outcome: string | undefined, checkCount: number, solutionIds: readonly string[]): Progress {
  const answers: Answer[] = [];
  for (const letter of (path ?? '').toLowerCase()) {
    const answer = BY_CODE[letter];
    if (!answer || answers.length >= checkCount) break;
    answers.push(answer);
    if (answer === 'resolved') break;
  }
  const wanted = outcome?.trim().toLowerCase();
  const solution = wanted ? solutionIds.find((id) => id.toLowerCase() === wanted) : undefined;
  return { answers, outcome: solution ?? null };
}

/** The `path` letters of some answers. */
export function formatPath(answers: readonly Answer[]): string {
  return answers.map((a) => CODE[a]).join('');
}

/** The index of the check to answer next, or null when the walk is over (a check resolved it, or none is left). */
export function nextCheck(progress: Progress, checkCount: number): number | null {
  const last = progress.answers[progress.answers.length - 1];
  if (last === 'resolved' || progress.answers.length >= checkCount) return null;
  return progress.answers.length;
}

/** Search params for a state of the walk (empty parts left out), keeping the cloud in view. */
export function progressParams(progress: Progress, cloud: string | null): URLSearchParams {
  const params = new URLSearchParams();
  if (cloud) params.set('cloud', cloud);
  const path = formatPath(progress.answers);
  if (path) params.set('path', path);
  if (progress.outcome) params.set('outcome', progress.outcome);
  return params;
}

/** The URL of a state of the walk on a guide page. */
export function progressHref(pagePath: string, progress: Progress, cloud: string | null): string {
  const query = progressParams(progress, cloud).toString();
  return query ? `${pagePath}?${query}` : pagePath;
}
