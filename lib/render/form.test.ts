import { describe, expect, it } from 'vitest';
import type { FormElement } from '../content/json';
import { readVisibility } from '../content/json/visibility';
import { parseMarkdown } from '../content/markdown';
import { answersAsText, missingRequired, toQuestions, visibleQuestions } from './form';

const el = (e: Partial<FormElement> & { id: string; order: number }): FormElement => e as FormElement;

const FORM: FormElement[] = [
  el({ id: 'details', order: 9, controlType: 'multilinetextbox', displayLabel: 'Details', required: true }),
  el({
    id: 'kind',
    order: 1,
    controlType: 'dropdown',
    displayLabel: 'Type of <b>connection</b>',
    required: true,
    dropdownOptions: [
      { value: 's2s', text: 'Site to site' },
      { value: 'p2s', text: 'Point to site' },
    ],
  }),
  el({
    id: 'device',
    order: 2,
    controlType: 'textbox',
    displayLabel: 'Device',
    visibility: readVisibility('kind == s2s'),
    maxLength: 50,
    watermarkText: 'Vendor and model',
    hints: [{ text: 'As shown in the <i>web UI</i>' }],
  }),
  el({
    id: 'conn',
    order: 3,
    controlType: 'dropdown',
    displayLabel: 'Connection',
    dynamicDropdownOptions: { uri: '/subscriptions/{subscriptionId}/connections', defaultDropdownOptions: { value: 'dont_know_answer', text: 'Not listed' } },
  }),
  el({
    id: 'langs',
    order: 4,
    controlType: 'multiselectdropdown',
    displayLabel: 'Languages',
    dropdownOptions: [
      { value: 'go', text: 'Go' },
      { value: 'py', text: 'Python' },
    ],
  }),
  el({ id: 'note', order: 5, controlType: 'infoblock', content: { source: 'Read this.', nodes: parseMarkdown('Read this.').children } }),
  el({ id: 'guess', order: 6, displayLabel: 'No control type', radioButtonOptions: [{ value: 'y', text: 'Yes' }] }),
];

describe('toQuestions', () => {
  const qs = toQuestions(FORM);
  it('orders by `order`, strips markup from labels and hints, keeps limits and placeholders', () => {
    expect(qs.map((q) => q.id)).toEqual(['kind', 'device', 'conn', 'langs', 'note', 'guess', 'details']);
    expect(qs[0]?.label).toBe('Type of connection');
    expect(qs[1]).toMatchObject({
      maxLength: 50,
      placeholder: 'Vendor and model',
      hints: ['As shown in the web UI'],
      visibility: { type: 'compare', id: 'kind', value: 's2s' },
    });
  });

  it('shows the default options of options the portal fills in', () => {
    expect(qs[2]).toMatchObject({
      control: 'dropdown',
      dynamicFrom: '/subscriptions/{subscriptionId}/connections',
      options: [{ value: 'dont_know_answer', text: 'Not listed' }],
    });
  });

  it('guesses a missing control type from the options', () => {
    expect(qs[5]?.control).toBe('dropdown');
  });
});

describe('answers', () => {
  const qs = toQuestions(FORM);
  it('changes the visible questions as answers change', () => {
    expect(visibleQuestions(qs, {}).map((q) => q.id)).not.toContain('device');
    expect(visibleQuestions(qs, { kind: 's2s' }).map((q) => q.id)).toContain('device');
  });

  it('copies visible answered questions as label: value lines, option texts for values', () => {
    const answers = { kind: 's2s', device: 'Contoso Edge', langs: ['go', 'py'], details: 'Line one\nLine two', note: 'x' };
    expect(answersAsText(qs, answers)).toBe('Type of connection: Site to site\nDevice: Contoso Edge\nLanguages: Go, Python\nDetails: \nLine one\nLine two');
    // A hidden question's answer is not copied.
    expect(answersAsText(qs, { ...answers, kind: 'p2s' })).not.toContain('Device');
  });

  it('lists required questions that are shown and unanswered', () => {
    expect(missingRequired(qs, {}).map((q) => q.id)).toEqual(['kind', 'details']);
    expect(missingRequired(qs, { kind: 'p2s', details: 'x' })).toEqual([]);
  });
});
