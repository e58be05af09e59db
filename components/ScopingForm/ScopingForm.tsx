'use client';
/**
 * A scoping form to fill in: questions appear and disappear as their visibility rules (lib/render/visibility) see
 * the answers, and "Copy answers" copies them as `label: value` lines for a support request's additional details.
 * The same text sits in a read-only box, so it can be copied by hand without clipboard permission.
 */
import { type ReactNode, useContext, useEffect, useId, useState } from 'react';
import { answersAsText, type FormQuestion, missingRequired, visibleQuestions } from '@/lib/render/form';
import { Icon } from '../Icon/Icon';
import { ScopingField } from '../ScopingField/ScopingField';
import { FormAnswersContext } from './answersContext';
import styles from './ScopingForm.module.css';

export interface ScopingFormProps {
  formKey: string;
  questions: FormQuestion[];
  /** Rendered rich text by question id. */
  content: Record<string, ReactNode>;
  info: Record<string, ReactNode>;
  ruleErrors: Record<string, string>;
}

type Answers = Record<string, string | string[]>;

export function ScopingForm({ formKey, questions, content, info, ruleErrors }: ScopingFormProps) {
  const [answers, setAnswers] = useState<Answers>({});
  const [status, setStatus] = useState('');
  const answersId = useId();
  const shown = visibleQuestions(questions, answers);
  const text = answersAsText(questions, answers);
  const missing = missingRequired(questions, answers);
  // A page that embeds the form (the guide flow) may want the answers too.
  const report = useContext(FormAnswersContext);
  useEffect(() => report?.(formKey, text), [report, formKey, text]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied. Paste the answers into the additional details of your support request.');
    } catch {
      // No clipboard permission (or an insecure origin): the box below still has the text.
      setStatus('Could not copy automatically. Select the text in the box below and copy it.');
    }
  }

  return (
    <form className={styles.form} aria-label="Scoping questions" onSubmit={(e) => e.preventDefault()} data-form={formKey}>
      {shown.map((q) => (
        <ScopingField
          key={q.id}
          question={q}
          value={answers[q.id]}
          onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}
          content={content[q.id]}
          info={info[q.id]}
          ruleError={ruleErrors[q.id]}
        />
      ))}
      <div className={styles.actions}>
        <button type="button" className={styles.primary} onClick={copy} disabled={text === ''}>
          <Icon name="copy" />
          Copy answers
        </button>
        <span aria-live="polite" className={styles.status}>
          {status || (missing.length > 0 ? `${missing.length} required ${missing.length === 1 ? 'question is' : 'questions are'} not answered yet.` : '')}
        </span>
      </div>
      <div className={styles.field}>
        <label htmlFor={answersId} className={styles.label}>
          Answers for the additional details
        </label>
        <textarea id={answersId} readOnly value={text} rows={Math.min(Math.max(text.split('\n').length, 3), 12)} className={styles.textarea} />
        <span className={styles.hint}>Plain text, one question per line.</span>
      </div>
    </form>
  );
}
