import { describe, expect, it } from 'vitest';
import { MAX_PREVIEW_BYTES, parsePreviewRequest, previewArticle, tooLargeMessage } from './preview';
import { STARTER_ARTICLE } from './starter';

describe('parsePreviewRequest', () => {
  it('reads text, cloud (any case), tokens and file, with defaults', () => {
    expect(parsePreviewRequest({ text: 'x' })).toEqual({ ok: true, value: { text: 'x', cloud: 'public', tokens: '', file: 'preview.md' } });
    expect(parsePreviewRequest({ text: 'x', cloud: 'Fairfax', tokens: '{}', file: 'a/b.md' })).toMatchObject({
      ok: true,
      value: { cloud: 'fairfax', tokens: '{}', file: 'a/b.md' },
    });
  });

  it('refuses a body without text, or with an unknown cloud, saying what was expected', () => {
    expect(parsePreviewRequest(null)).toMatchObject({ ok: false, status: 400 });
    expect(parsePreviewRequest({ text: 3 })).toMatchObject({ ok: false, status: 400 });
    const bad = parsePreviewRequest({ text: '', cloud: 'moon cake' });
    expect(bad).toMatchObject({ ok: false, status: 400 });
    if (!bad.ok) expect(bad.error).toBe('Unexpected cloud `moon cake`, expected one of `public`, `fairfax`, `mooncake`, `blackforest`, `usnat`, `ussec`');
  });
});

describe('tooLargeMessage', () => {
  it('passes 256 KB and refuses one byte more', () => {
    expect(tooLargeMessage(MAX_PREVIEW_BYTES)).toBeNull();
    expect(tooLargeMessage(MAX_PREVIEW_BYTES + 1)).toBe('The article is 257 KB, the preview accepts up to 256 KB');
  });
});

describe('previewArticle', () => {
  it('keeps the starter article free of errors and warnings', () => {
    const { diagnostics, article } = previewArticle(STARTER_ARTICLE);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(article.meta.availableIn).toEqual(['public', 'fairfax']);
  });

  it('reports pipeline and authoring-rule diagnostics with their place, and honours the lint config', () => {
    const text = `${STARTER_ARTICLE}\nSee [the docs] (https://docs.microsoft.com/azure/) too.\n`;
    const line = STARTER_ARTICLE.split('\n').length + 1;
    const { diagnostics } = previewArticle(text, 'x/y.md');
    const found = diagnostics.find((d) => /is not a link/.test(d.message));
    expect(found).toMatchObject({ file: 'x/y.md', line, column: 5, severity: 'warning' });
    const off = previewArticle(text, 'x/y.md', { rules: { [found?.ruleId ?? '']: 'off' } });
    expect(off.diagnostics.map((d) => d.ruleId)).not.toContain(found?.ruleId);
  });

  it('shows a scoping question whose visibility rule cannot be read, at its place in the JSON', () => {
    const form = {
      formElements: [
        { id: 'kind', order: 1 },
        { id: 'size', order: 2, visibility: 'kind = gear' },
      ],
    };
    const text = `<properties selfHelpType="problemScopingQuestions" />\n# Widget questions\n---\n${JSON.stringify(form, null, 2)}\n---\n`;
    const found = previewArticle(text).diagnostics.find((d) => d.ruleId === 'visibility-rule-malformed');
    // Line 13 holds `      "visibility": "kind = gear"`: its value starts at column 22 and its `=` is the sixth character.
    expect(found).toMatchObject({ line: 13, column: 27, severity: 'warning' });
    expect(found?.message).toContain('Unexpected `=`');
  });

  it('never throws on text that is not an article', () => {
    const { diagnostics } = previewArticle('');
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
