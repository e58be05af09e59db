import { describe, expect, it } from 'vitest';
import { DiagnosticBag, LineIndex } from '../diagnostics';
import { SELF_HELP_TYPES } from '../model';
import { parseBody } from '.';

const run = (text: string, block: { start: number; end: number } | null, type: (typeof SELF_HELP_TYPES)[number]) => {
  const bag = new DiagnosticBag('x.md');
  const body = parseBody({ text, block, selfHelpType: type, bag, lines: new LineIndex(text) });
  return { body, bag };
};

describe('parseBody', () => {
  it.each(SELF_HELP_TYPES)('never throws on odd input (%s)', (type) => {
    for (const [text, block] of [
      ['', null],
      ['<properties />', { start: 0, end: 14 }],
      ['<properties a="1"', { start: 0, end: 17 }],
      ['---\n---\n---', null],
      ['# t\n<!--/issueDescription--><!--$x--><!--/$X-->\n```', null],
      ['# t\n---\n{"formElements": 3}\n---', null],
    ] as const) {
      expect(() => run(text, block, type)).not.toThrow();
    }
  });

  it('gives file positions to a body that starts mid-line after the block', () => {
    const text = '<properties\n a="1" />\n# Title\n\n## **Recommended Steps**\n\n* one\n';
    const { body } = run(text, { start: 0, end: text.indexOf('/>') + 2 }, 'generic');
    expect(body.h1).toBe('Title');
    expect(body.sections[0]).toMatchObject({ line: 5, role: 'steps', canonical: true, offset: text.indexOf('## ') });
    expect(body.steps.map((s) => [s.line, s.text])).toEqual([[7, 'one']]);
  });

  it('gives each section its own nodes, steps and documents; the body lists them in order', () => {
    const text = [
      '# Title',
      '## **Recommended Steps**',
      'Pick one:',
      '### Option A',
      '* reboot',
      '## **Recommended Documents**',
      '* [Docs](https://learn.microsoft.com/a)',
      '### More',
      '[Other](https://learn.microsoft.com/b)',
      '',
    ].join('\n\n');
    const { body } = run(text, null, 'generic');
    const [steps, option, documents, more] = body.sections;
    expect(steps?.nodes.map((n) => n.type)).toEqual(['paragraph']);
    // A list under the sub-heading makes the list items the steps, so `Pick one:` is not one.
    expect(steps?.steps).toEqual([]);
    expect(option?.steps.map((s) => s.text)).toEqual(['reboot']);
    expect(documents?.documents.map((d) => d.url)).toEqual(['https://learn.microsoft.com/a']);
    expect(more?.documents.map((d) => d.url)).toEqual(['https://learn.microsoft.com/b']);
    expect(body.steps.map((s) => s.text)).toEqual(['reboot']);
    expect(body.documents.map((d) => d.text)).toEqual(['Docs', 'Other']);
  });
});
