'use client';
/**
 * One check of the walk: answered (its answer, the check folded away, Change answer, which reopens the walk from
 * there and clears the outcome), the current one (its content and Resolved / Not resolved / Skip), or not
 * reached yet (title only).
 */
import { ANSWER_LABELS, type Answer, type Progress } from '@/lib/guides/progress';
import buttons from './buttons.module.css';
import { GoButton } from './GoButton';
import styles from './GuideFlow.module.css';
import type { FlowNode } from './node';

export interface CheckItemProps {
  check: FlowNode;
  index: number;
  progress: Progress;
  current: boolean;
  move: { pagePath: string; cloud: string | null; onGo: (to: Progress) => void };
}

const CHOICES: Array<{ answer: Answer; label: string; style: string | undefined }> = [
  { answer: 'resolved', label: 'Resolved', style: buttons.primaryButton },
  { answer: 'not-resolved', label: 'Not resolved', style: buttons.secondaryButton },
  { answer: 'skipped', label: 'Skip', style: buttons.subtleButton },
];

export function CheckItem({ check, index, progress, current, move }: CheckItemProps) {
  const answer = progress.answers[index];
  const state = answer ? 'answered' : current ? 'current' : 'upcoming';
  const before = progress.answers.slice(0, index);
  return (
    <li className={styles.check} data-state={state} aria-current={current ? 'step' : undefined}>
      <h3 className={styles.nodeTitle}>
        <span className={styles.number} aria-hidden="true">
          {index + 1}
        </span>
        {check.title}
      </h3>
      <a href={check.href} className={styles.nodeLink}>
        Open the article
      </a>
      {answer && (
        <>
          <p className={styles.answer} data-answer={answer}>{`Answer: ${ANSWER_LABELS[answer]}`}</p>
          <details>
            <summary>Show the check</summary>
            <div className={styles.nodeBody}>{check.content}</div>
          </details>
          <GoButton {...move} to={{ answers: before, outcome: null }} className={buttons.subtleButton} label={`Change the answer to check ${index + 1}`}>
            Change answer
          </GoButton>
        </>
      )}
      {current && (
        <>
          <div className={styles.nodeBody}>{check.content}</div>
          <div className={styles.actions} role="group" aria-label={`Answer check ${index + 1}`}>
            {CHOICES.map((c) => (
              <GoButton key={c.answer} {...move} to={{ answers: [...before, c.answer], outcome: progress.outcome }} className={c.style}>
                {c.label}
              </GoButton>
            ))}
          </div>
        </>
      )}
      {state === 'upcoming' && <p className={styles.status}>Not reached yet.</p>}
    </li>
  );
}
