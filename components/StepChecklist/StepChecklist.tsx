'use client';
/**
 * Recommended Steps as a guided, numbered checklist. Step content arrives already rendered by the server; only the
 * checked state lives here, in localStorage per article (so it never varies the cached page). Without JS the steps
 * still read as a numbered list; printed, each step has an empty box to tick by hand.
 */
import { type ReactNode, useEffect, useState } from 'react';
import styles from './StepChecklist.module.css';

export interface ChecklistStep {
  /** Rendered step content. */
  content: ReactNode;
}

export interface StepChecklistProps {
  /** localStorage key; one per article file, so duplicate ids do not share progress. */
  storageKey: string;
  steps: ChecklistStep[];
}

function load(key: string): number[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isInteger(n)) : [];
  } catch {
    return []; // Storage disabled or a corrupt value: start unchecked rather than fail.
  }
}

export function StepChecklist({ storageKey, steps }: StepChecklistProps) {
  // Starts empty on server and client alike (no hydration mismatch); saved progress loads after mount.
  const [done, setDone] = useState<ReadonlySet<number>>(new Set());
  useEffect(() => setDone(new Set(load(storageKey))), [storageKey]);

  function update(next: Set<number>) {
    setDone(next);
    try {
      if (next.size === 0) localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, JSON.stringify([...next].sort((a, b) => a - b)));
    } catch {
      // Private mode or quota: progress just is not kept.
    }
  }

  function toggle(index: number, checked: boolean) {
    const next = new Set(done);
    if (checked) next.add(index);
    else next.delete(index);
    update(next);
  }

  const count = steps.filter((_, i) => done.has(i)).length;
  const progressId = `${storageKey}-progress`;
  return (
    <div className={styles.root}>
      <div className={styles.progress}>
        <span className={styles.count} aria-live="polite" id={progressId}>
          {count} of {steps.length} done
        </span>
        <progress className={styles.bar} max={steps.length || 1} value={count} aria-labelledby={progressId} />
        <button type="button" className={styles.reset} disabled={count === 0} onClick={() => update(new Set())}>
          Reset steps
        </button>
      </div>
      <ol className={styles.list}>
        {steps.map((step, i) => (
          <li key={i} className={done.has(i) ? `${styles.step} ${styles.done}` : styles.step}>
            <span className={styles.number} aria-hidden="true">
              {done.has(i) ? '✓' : i + 1}
            </span>
            <div className={styles.content}>{step.content}</div>
            <label className={styles.check}>
              <input type="checkbox" checked={done.has(i)} onChange={(e) => toggle(i, e.target.checked)} aria-label={`Step ${i + 1} done`} />
              <span aria-hidden="true">Done</span>
            </label>
          </li>
        ))}
      </ol>
    </div>
  );
}
