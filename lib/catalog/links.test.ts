import { describe, expect, it } from 'vitest';
import { articleLinks } from './links';

describe('articleLinks', () => {
  it('finds relative article links, portal links naming an article and diagnose-and-solve tiles', () => {
    const body = [
      'See [the fix](/articles/Fix-1) and [again](/articles/fix-1?cloud=fairfax#steps).',
      '<a href="/articles/caf%C3%A9-2">café</a>',
      '[Open](data-blade:Microsoft_Azure_Support.SelfHelpBlade.articleId.guid-3.cloud.public)',
      '[Portal](https://portal.azure.com/#blade/Microsoft_Azure_Support/SelfHelpBlade/articleId/slug-4)',
      '```json',
      '{"commonProblems": [{"id": "p", "commonSolutionArticleId": "tile-5"}, {"commonSolutionArticleId" : "Fix-1"}]}',
      '```',
    ].join('\n');
    expect(articleLinks(body)).toEqual([
      { kind: 'link', articleId: 'Fix-1' },
      { kind: 'link', articleId: 'café-2' },
      { kind: 'link', articleId: 'guid-3' },
      { kind: 'link', articleId: 'slug-4' },
      { kind: 'tile', articleId: 'tile-5' },
      { kind: 'tile', articleId: 'Fix-1' },
    ]);
  });

  it('ignores docs URLs that merely contain /articles/ and bodies without links', () => {
    expect(articleLinks('[Notes](https://docs.azure.cn/articles/guidance/developerdifferences)')).toEqual([]);
    expect(articleLinks('Plain text with no links.')).toEqual([]);
  });
});
