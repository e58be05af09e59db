/**
 * One scoping question as its Fluent control, with label, required mark, info balloon, hints, placeholder
 * and length limit. Controlled by ScopingForm; rich text arrives rendered. Client (inside ScopingForm).
 */
import { Dropdown, Field, InfoLabel, Input, MessageBar, MessageBarBody, Option, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { FormQuestion } from '@/lib/render/form';

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
  if (q.control === 'infoblock') return <MessageBar intent="info"><MessageBarBody>{content ?? q.label}</MessageBarBody></MessageBar>;
  if (q.control === 'textblock') return <div>{content ?? q.label}</div>;
  const one = typeof value === 'string' ? value : (value?.[0] ?? '');
  const many = typeof value === 'string' ? (value ? [value] : []) : [...(value ?? [])];
  const placeholder = q.placeholder ?? undefined;
  const textOf = (v: string) => q.options.find((o) => o.value === v)?.text ?? v;
  const hint = [
    ...q.hints,
    q.dynamicFrom ? 'The portal fills in this list from your resources; here you see its default choices.' : '',
    q.maxLength ? `${one.length} of ${q.maxLength} characters` : '',
    ruleError ? `Its visibility rule could not be read, so it is always shown: ${ruleError}` : '',
  ].filter(Boolean).join(' · ');
  // Wrapped in an element made here: server-rendered content can arrive as a lazy node, which Fluent's slot
  // shorthand does not take for an element (the balloon would open empty).
  const label = info
    ? { children: (_: unknown, props: object) => <InfoLabel {...props} info={<div>{info}</div>}>{q.label}</InfoLabel> }
    : q.label;

  let control: ReactNode;
  switch (q.control) {
    case 'multilinetextbox':
      control = <Textarea value={one} onChange={(_, d) => onChange(d.value)} rows={q.lines ?? 4} resize="vertical" maxLength={q.maxLength ?? undefined} placeholder={placeholder} />;
      break;
    case 'numerictextbox':
      control = <Input type="number" inputMode="decimal" value={one} onChange={(_, d) => onChange(d.value)} placeholder={placeholder} />;
      break;
    case 'datetimepicker':
      control = <Input type="datetime-local" value={one} onChange={(_, d) => onChange(d.value)} />;
      break;
    case 'radiobuttongroup':
      control = (
        <RadioGroup value={one} onChange={(_, d) => onChange(d.value)}>
          {q.options.map((o) => <Radio key={o.value} value={o.value} label={o.text} />)}
        </RadioGroup>
      );
      break;
    case 'dropdown':
    case 'multiselectdropdown': {
      const multi = q.control === 'multiselectdropdown';
      const selected = multi ? many : one ? [one] : [];
      control = (
        <Dropdown
          multiselect={multi}
          placeholder={placeholder ?? (multi ? 'Select one or more' : 'Select an answer')}
          selectedOptions={selected}
          value={selected.map(textOf).join(', ')}
          onOptionSelect={(_, d) => onChange(multi ? d.selectedOptions : (d.optionValue ?? ''))}
        >
          {q.options.map((o) => <Option key={o.value} value={o.value}>{o.text}</Option>)}
        </Dropdown>
      );
      break;
    }
    default:
      control = <Input value={one} onChange={(_, d) => onChange(d.value)} maxLength={q.maxLength ?? undefined} placeholder={placeholder} />;
  }
  return (
    <Field label={label} required={q.required} hint={hint || undefined} data-question={q.id}>
      {control}
    </Field>
  );
}
