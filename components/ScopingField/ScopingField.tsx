/**
 * One scoping question as a native control in Fluent's look: label, required mark, an info disclosure, hints,
 * placeholder and length limit. Controlled by ScopingForm; rich text arrives rendered. Client (inside ScopingForm).
 */
import { type ReactNode, useId } from 'react';
import type { FormQuestion } from '@/lib/render/form';
import { Notice } from '../Notice/Notice';
import styles from './ScopingField.module.css';

export interface ScopingFieldProps {
  question: FormQuestion;
  value: string | readonly string[] | undefined;
  onChange: (value: string | string[]) => void;
  /** Rendered content of an infoblock/textblock, and the info balloon. */
  content?: ReactNode;
  info?: ReactNode;
  /** Why the question's visibility rule could not be read, if it could not. */
  ruleError?: string;
}

export function ScopingField({ question: q, value, onChange, content, info, ruleError }: ScopingFieldProps) {
  const id = useId();
  if (q.control === 'infoblock') return <Notice intent="info">{content ?? q.label}</Notice>;
  if (q.control === 'textblock') return <div>{content ?? q.label}</div>;
  const one = typeof value === 'string' ? value : (value?.[0] ?? '');
  const many = typeof value === 'string' ? (value ? [value] : []) : [...(value ?? [])];
  const placeholder = q.placeholder ?? undefined;
  const hint = [
    ...q.hints,
    q.dynamicFrom ? 'The portal fills in this list from your resources; here you see its default choices.' : '',
    q.maxLength ? `${one.length} of ${q.maxLength} characters` : '',
    ruleError ? `Its visibility rule could not be read, so it is always shown: ${ruleError}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const hintId = hint ? `${id}-hint` : undefined;
  const common = { id, 'aria-describedby': hintId, required: q.required };
  // The mark is hidden from assistive technology: the control's `required` says it, and the name stays the label.
  const label = (
    <span className={styles.label}>
      {q.label}
      {q.required && (
        <span className={styles.required} aria-hidden="true">
          {' '}
          *
        </span>
      )}
    </span>
  );
  const infoBox = info ? (
    <details className={styles.info}>
      <summary>More about this question</summary>
      <div>{info}</div>
    </details>
  ) : null;
  const hintLine = hint ? (
    <span id={hintId} className={styles.hint}>
      {hint}
    </span>
  ) : null;

  // Choices as a group of radios or checkboxes: a fieldset names the group, each option its own label.
  if (q.control === 'radiobuttongroup' || q.control === 'multiselectdropdown') {
    const multi = q.control === 'multiselectdropdown';
    const toggle = (v: string, on: boolean) => onChange(on ? [...many, v] : many.filter((x) => x !== v));
    return (
      <fieldset className={styles.group} aria-describedby={hintId} data-question={q.id}>
        <legend>{label}</legend>
        {infoBox}
        {q.options.map((o) => (
          <label key={o.value} className={styles.choice}>
            <input
              type={multi ? 'checkbox' : 'radio'}
              name={`${id}-choice`}
              value={o.value}
              checked={multi ? many.includes(o.value) : one === o.value}
              onChange={(e) => (multi ? toggle(o.value, e.target.checked) : onChange(o.value))}
            />
            {o.text}
          </label>
        ))}
        {hintLine}
      </fieldset>
    );
  }

  let control: ReactNode;
  switch (q.control) {
    case 'multilinetextbox':
      control = (
        <textarea
          {...common}
          className={styles.textarea}
          value={one}
          onChange={(e) => onChange(e.target.value)}
          rows={q.lines ?? 4}
          maxLength={q.maxLength ?? undefined}
          placeholder={placeholder}
        />
      );
      break;
    case 'numerictextbox':
      control = (
        <input
          {...common}
          className={styles.input}
          type="number"
          inputMode="decimal"
          value={one}
          onChange={(e) => onChange(e.target.value)}
          placeholder={placeholder}
        />
      );
      break;
    case 'datetimepicker':
      control = <input {...common} className={styles.input} type="datetime-local" value={one} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'dropdown':
      control = (
        <select {...common} className={styles.select} value={one} onChange={(e) => onChange(e.target.value)}>
          <option value="">{placeholder ?? 'Select an answer'}</option>
          {q.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.text}
            </option>
          ))}
        </select>
      );
      break;
    default:
      control = (
        <input
          {...common}
          className={styles.input}
          value={one}
          onChange={(e) => onChange(e.target.value)}
          maxLength={q.maxLength ?? undefined}
          placeholder={placeholder}
        />
      );
  }
  return (
    <div className={styles.field} data-question={q.id}>
      <label htmlFor={id}>{label}</label>
      {infoBox}
      {control}
      {hintLine}
    </div>
  );
}
