'use client';
/**
 * A scoping form to fill in: questions appear and disappear as their visibility rules (lib/render/visibility)
 * see the answers, and "Copy answers" copies them as `label: value` lines for a support request's additional
 * details. The same text sits in a read-only box, so it can be copied by hand without clipboard permission.
 */
import { Button, Field, Text, Textarea } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { type ReactNode, useContext, useEffect, useState } from 'react';
import { type FormQuestion, answersAsText, missingRequired, visibleQuestions } from '@/lib/render/form';
import { ScopingField } from '../ScopingField/ScopingField';
import { FormAnswersContext } from './answersContext';
import { useStyles } from './ScopingForm.styles';

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
  const styles = useStyles();
  const [answers, setAnswers] = useState<Answers>({});
  const [status, setStatus] = useState('');
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
        <Button appearance="primary" icon={<CopyRegular />} onClick={copy} disabled={text === ''}>
          Copy answers
        </Button>
        <Text aria-live="polite" className={styles.status}>
          {status || (missing.length > 0 ? `${missing.length} required ${missing.length === 1 ? 'question is' : 'questions are'} not answered yet.` : '')}
        </Text>
      </div>
      <Field label="Answers for the additional details" hint="Plain text, one question per line.">
        <Textarea readOnly value={text} rows={Math.min(Math.max(text.split('\n').length, 3), 12)} resize="vertical" />
      </Field>
    </form>
  );
}
