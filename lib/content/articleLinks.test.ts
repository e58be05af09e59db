import { describe, expect, it } from 'vitest';
import { articleIdOfLink, articleLinkTargets } from './articleLinks';

const BODY = [
  '<properties articleId="widget-dns" selfHelpType="diagnoseandsolve" cloudEnvironments="public" />',
  '# Widget problems',
  '---',
  '{ "commonProblems": [',
  '  { "id": "a", "title": "Slow", "commonSolutionArticleId": "widget-slow" },',
  '  { "id": "b", "CommonSolutionArticleID" :  " 1c1e4d2a-0000-4000-8000-00000000000b", "subProblems": [',
  '    { "id": "c", "commonSolutionArticleId": "" },',
  '    { "id": "d", "commonSolutionArticleId": "data-blade:Ext.Blade" },',
  '    { "id": "e", "commonSolutionArticleId": "say \\"hi\\"" }',
  '  ] }',
  '] }',
  '---',
].join('\n');

describe('articleLinkTargets', () => {
  it('finds tile links with their places, skipping blank values, URLs and blades', () => {
    const found = articleLinkTargets(BODY);
    expect(found.map((t) => [t.articleId, t.line, t.via])).toEqual([
      ['widget-slow', 5, 'commonSolutionArticleId'],
      ['1c1e4d2a-0000-4000-8000-00000000000b', 6, 'commonSolutionArticleId'],
      ['say "hi"', 9, 'commonSolutionArticleId'],
    ]);
    // Each place is where the file has the id as written, up to its closing quote.
    const lines = BODY.split('\n');
    const written = found.map((t) => lines[t.line - 1]?.slice(t.column - 1, t.endColumn - 1));
    expect(written).toEqual(['widget-slow', '1c1e4d2a-0000-4000-8000-00000000000b', 'say \\"hi\\"']);
  });

  it('finds nothing in markdown articles', () => {
    expect(articleLinkTargets('# Title\n\nSee [the docs](https://learn.microsoft.com/azure/).\n')).toEqual([]);
  });
});

describe('articleIdOfLink', () => {
  it('keeps ids, free-text ids included, and refuses blanks, URLs and portal links', () => {
    expect(articleIdOfLink(' widget-slow ')).toBe('widget-slow');
    expect(articleIdOfLink('Widget help: sign-in (classic)')).toBe('Widget help: sign-in (classic)');
    for (const v of ['', '  ', null, undefined, 'https://learn.microsoft.com/x', 'data-blade:Ext.Blade', 'button-data-context:x'])
      expect(articleIdOfLink(v)).toBeNull();
  });
});
