/**
 * A scoping form's frame (server): title, what the portal asks for alongside, and the questions, whose rich
 * text (info blocks, info balloons; real content holds HTML links; parsed with the article) is rendered here
 * through the one sanitizer and handed to the interactive form as elements.
 */

import type { ReactNode } from 'react';
import type { MarkdownField, ProblemScopingForm } from '@/lib/content/json';
import { toQuestions } from '@/lib/render/form';
import styles from '../ArticleView/ArticleView.module.css';
import { Badge } from '../Badge/Badge';
import { Markdown, type RenderEnv } from '../Markdown/Markdown';
import { ScopingForm } from './ScopingForm';

export interface ScopingFormSectionProps {
  form: ProblemScopingForm;
  /** Distinguishes forms on one page and in storage: the article file. */
  formKey: string;
  env: RenderEnv;
}

export function ScopingFormSection({ form, formKey, env }: ScopingFormSectionProps) {
  const questions = toQuestions(form.formElements);
  const rich = (field: MarkdownField): ReactNode => (field.source.trim() ? <Markdown nodes={field.nodes} cloud={env.cloud} context={env.context} /> : null);
  const content: Record<string, ReactNode> = {};
  const info: Record<string, ReactNode> = {};
  const ruleErrors: Record<string, string> = {};
  for (const el of form.formElements) {
    if (el.content) content[el.id] = rich(el.content);
    if (el.infoBalloonText) info[el.id] = rich(el.infoBalloonText);
    const error = el.visibility?.error;
    if (error) ruleErrors[el.id] = `${error.message} (column ${error.column})`;
  }
  return (
    <section className={styles.card} aria-labelledby="form-heading">
      <h2 id="form-heading" className={styles.sectionTitle}>
        {form.title || 'Tell us about the problem'}
      </h2>
      <div className={styles.facts}>
        {form.resourceRequired && <Badge appearance="outline">Asks for a resource</Badge>}
        {form.subscriptionRequired && <Badge appearance="outline">Asks for a subscription</Badge>}
        {form.fileAttachmentHint && <span>Attachments: {form.fileAttachmentHint}</span>}
      </div>
      {form.diagnosticCard?.title && (
        <p className={styles.description}>
          The portal also runs a diagnostic here: <strong>{form.diagnosticCard.title}</strong>
          {form.diagnosticCard.description ? ` (${form.diagnosticCard.description})` : ''}.
        </p>
      )}
      <ScopingForm formKey={formKey} questions={questions} content={content} info={info} ruleErrors={ruleErrors} />
    </section>
  );
}
