import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DiagnoseAndSolveSchema } from '@/lib/content/json/diagnoseAndSolve';
import type { ArticleLookup } from '@/lib/render/tiles';
import { DiagnoseAndSolve } from './DiagnoseAndSolve';

const data = DiagnoseAndSolveSchema.parse({
  commonProblems: [
    { id: 'slow', title: 'Widget is slow', commonSolutionArticleId: 'WIDGET-SLOW' },
    { id: 'gone', title: 'Widget vanished', commonSolutionArticleId: 'widget-gone' },
    { id: 'gov', title: 'Widget quota', commonSolutionArticleId: 'widget-quota' },
    { id: 'bare', title: 'Other widget problems' },
  ],
  troubleshootingTools: [],
});
const known: ArticleLookup = (id) =>
  ({ 'widget-slow': { availableIn: ['public' as const] }, 'widget-quota': { availableIn: ['fairfax' as const] } })[id.toLowerCase()];

describe('DiagnoseAndSolve tiles', () => {
  const html = renderToStaticMarkup(<DiagnoseAndSolve data={data} env={{ cloud: 'public', knownArticle: known }} />);

  it('links existing articles and makes missing ones text with a note', () => {
    expect(html).toContain('href="/articles/WIDGET-SLOW?cloud=public"');
    expect(html).not.toContain('/articles/widget-gone');
    expect(html).toMatch(
      /<span class="[^"]*" data-missing-article="widget-gone">Widget vanished<\/span><p class="[^"]*">Its solution article is not published here yet\.<\/p>/,
    );
  });

  it('notes an article not offered in the reader cloud, and leaves a tile without a solution as text', () => {
    expect(html).toContain('href="/articles/widget-quota?cloud=public"');
    expect(html).toContain('Its solution article is not offered in Azure.');
    expect(html).toMatch(/<span class="[^"]*">Other widget problems<\/span>/);
    expect((html.match(/<a /g) ?? []).length).toBe(2);
  });
});
