'use client';
/**
 * The guided path through a guide: the questions form, then the checks one at a time with Resolved, Not
 * resolved and Skip, then the solutions as outcomes, and case notes of the walk. Node content arrives rendered
 * by the server; this leaf only holds the walk (URL + localStorage, see useGuideProgress) and the form answers.
 */
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { FormAnswersContext } from '@/components/ScopingForm/answersContext';
import { caseNotes } from '@/lib/guides/caseNotes';
import { nextCheck, type Progress, progressHref } from '@/lib/guides/progress';
import { LabelledSection } from '../LabelledSection/LabelledSection';
import buttons from './buttons.module.css';
import { CaseNotes } from './CaseNotes';
import { CheckItem } from './CheckItem';
import { GoButton } from './GoButton';
import styles from './GuideFlow.module.css';
import type { FlowNode } from './node';
import { useGuideProgress } from './useGuideProgress';

export type { FlowNode };

export interface GuideFlowProps {
  guide: { id: string; title: string; service: string | null; pagePath: string };
  /** The cloud named in the URL (kept in every link), and the display name of the cloud in view. */
  cloud: { param: string | null; name: string };
  checks: FlowNode[];
  solutions: FlowNode[];
  initial: Progress;
  /** The questions form(s), rendered on the server; their answers go into the case notes. */
  form?: ReactNode;
}

export function GuideFlow({ guide, cloud, checks, solutions, initial, form }: GuideFlowProps) {
  const [solutionIds] = useState(() => solutions.map((s) => s.id));
  const { progress, go } = useGuideProgress({
    pagePath: guide.pagePath,
    cloud: cloud.param,
    checkCount: checks.length,
    solutionIds,
    initial,
    storageKey: `selfhelp-guide:${guide.id}`,
  });
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const onFormAnswers = useCallback((key: string, text: string) => setAnswers((a) => (a[key] === text ? a : { ...a, [key]: text })), []);
  // Absolute links once the page knows its origin; the server's HTML carries site paths.
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);

  const current = nextCheck(progress, checks.length);
  const move = { pagePath: guide.pagePath, cloud: cloud.param, onGo: go };
  const notes = caseNotes({
    guide: { title: guide.title, url: origin + progressHref(guide.pagePath, progress, cloud.param) },
    cloud: cloud.name,
    service: guide.service,
    checks: checks.map((c) => ({ id: c.id, title: c.title, url: origin + c.href })),
    solutions: solutions.map((s) => ({ id: s.id, title: s.title, url: origin + s.href })),
    progress,
    formAnswers: Object.values(answers).filter(Boolean).join('\n'),
  });
  const done = current === null;

  return (
    <>
      {form && <FormAnswersContext.Provider value={onFormAnswers}>{form}</FormAnswersContext.Provider>}
      <section className={styles.card} aria-labelledby="checks-heading">
        <div className={styles.headRow}>
          <h2 id="checks-heading" className={styles.sectionTitle}>
            Checks
          </h2>
          {(progress.answers.length > 0 || progress.outcome) && (
            <GoButton {...move} to={{ answers: [], outcome: null }} className={buttons.subtleButton}>
              Start over
            </GoButton>
          )}
        </div>
        {checks.length === 0 ? (
          <p className={styles.status}>This troubleshooter has no checks in this cloud; go straight to the solutions.</p>
        ) : (
          <p
            className={styles.status}
          >{`${progress.answers.length} of ${checks.length} checks answered${progress.answers.at(-1) === 'resolved' ? '; the last check resolved the issue' : ''}.`}</p>
        )}
        <ol className={styles.checks}>
          {checks.map((check, i) => (
            <CheckItem key={check.id} check={check} index={i} progress={progress} current={current === i} move={move} />
          ))}
        </ol>
      </section>
      <LabelledSection id="solutions-heading" title="Solutions" className={styles.card} titleClassName={styles.sectionTitle}>
        <p className={styles.status}>
          {solutions.length === 0
            ? 'This troubleshooter lists no solutions in this cloud.'
            : done
              ? 'Choose the solution your checks led to.'
              : 'When a check points to one of these, choose it as the outcome.'}
        </p>
        <ul className={styles.solutions}>
          {solutions.map((s) => {
            const chosen = progress.outcome === s.id;
            return (
              <li key={s.id} className={chosen ? `${styles.solution} ${styles.chosen}` : styles.solution}>
                <h3 className={styles.nodeTitle}>{s.title}</h3>
                <a href={s.href} className={styles.nodeLink}>
                  Open the article
                </a>
                {chosen && <p className={styles.reached}>Solution reached</p>}
                <details open={chosen}>
                  <summary>Read the solution</summary>
                  <div className={styles.nodeBody}>{s.content}</div>
                </details>
                {!chosen && (
                  <GoButton
                    {...move}
                    to={{ ...progress, outcome: s.id }}
                    className={buttons.secondaryButton}
                    label={`Choose ${s.title} as the solution reached`}
                  >
                    This solved it
                  </GoButton>
                )}
              </li>
            );
          })}
        </ul>
      </LabelledSection>
      <CaseNotes text={notes} />
    </>
  );
}
