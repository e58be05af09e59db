/**
 * Case notes: a plain-text summary of a walk through a guide, ready to paste into a support case (guide,
 * cloud, each answered check with its answer and link, the questions form's answers, the outcome). Pure.
 */
import { ANSWER_LABELS, type Progress } from './progress';

export interface NoteLink {
  id: string;
  title: string;
  /** Absolute when the caller knows its origin, else a site path. */
  url: string;
}

export interface CaseNotesInput {
  guide: { title: string; url: string };
  /** The cloud's display name. */
  cloud: string;
  service: string | null;
  checks: readonly NoteLink[];
  solutions: readonly NoteLink[];
  progress: Progress;
  /** The questions form's answers as `label: value` lines; empty when none were given. */
  formAnswers: string;
}

/** The case notes text. Lines only, no markup, so any ticketing tool shows it as written. */
export function caseNotes(input: CaseNotesInput): string {
  const { guide, progress, checks } = input;
  const lines = [`Troubleshooting guide: ${guide.title}`, `Cloud: ${input.cloud}`];
  if (input.service) lines.push(`Service: ${input.service}`);
  lines.push(`Guide: ${guide.url}`, '');

  if (progress.answers.length === 0) {
    lines.push(checks.length > 0 ? 'Checks: none answered yet.' : 'Checks: this guide has none.');
  } else {
    lines.push('Checks:');
    progress.answers.forEach((answer, i) => {
      const check = checks[i];
      if (!check) return;
      lines.push(`${i + 1}. ${check.title}: ${ANSWER_LABELS[answer]}`, `   ${check.url}`);
    });
    const unreached = checks.length - progress.answers.length;
    if (unreached > 0) lines.push(`Not reached: ${unreached} ${unreached === 1 ? 'check' : 'checks'}.`);
  }

  if (input.formAnswers.trim()) lines.push('', 'Questions:', input.formAnswers.trim());

  lines.push('');
  const solution = progress.outcome ? input.solutions.find((s) => s.id === progress.outcome) : undefined;
  const resolvedAt = progress.answers.at(-1) === 'resolved' ? checks[progress.answers.length - 1] : undefined;
  if (solution) lines.push(`Outcome: solution reached: ${solution.title}`, `   ${solution.url}`);
  else if (resolvedAt) lines.push(`Outcome: resolved at check ${progress.answers.length}: ${resolvedAt.title}`);
  else lines.push('Outcome: none reached yet.');
  return lines.join('\n');
}
