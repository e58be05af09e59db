'use client';
/**
 * Recommended Steps as a guided, numbered checklist. Step content arrives already rendered by the server;
 * only the checked state lives here, in localStorage per article. Without JS the steps still read as a list.
 */
import { Button, Checkbox, mergeClasses, ProgressBar, Text } from '@fluentui/react-components';
import { type ReactNode, useEffect, useState } from 'react';
import { useStyles } from './StepChecklist.styles';

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
  const styles = useStyles();
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
  return (
    <div className={styles.root}>
      <div className={styles.progress}>
        <Text weight="semibold" aria-live="polite" id={`${storageKey}-progress`}>
          {count} of {steps.length} done
        </Text>
        <ProgressBar className={styles.bar} value={steps.length ? count / steps.length : 0} aria-labelledby={`${storageKey}-progress`} />
        <Button size="small" appearance="secondary" disabled={count === 0} onClick={() => update(new Set())}>
          Reset steps
        </Button>
      </div>
      <ol className={styles.list}>
        {steps.map((step, i) => (
          <li key={i} className={mergeClasses(styles.step, done.has(i) && styles.stepDone)}>
            <span className={mergeClasses(styles.number, done.has(i) && styles.numberDone)} aria-hidden="true">
              {done.has(i) ? '✓' : i + 1}
            </span>
            <div className={styles.content}>{step.content}</div>
            <Checkbox
              className={styles.check}
              checked={done.has(i)}
              onChange={(_, data) => toggle(i, data.checked === true)}
              label="Done"
              aria-label={`Step ${i + 1} done`}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
