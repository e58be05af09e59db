import { describe, expect, it } from 'vitest';
import { suffixArticleId } from './corpus';

describe('suffixArticleId', () => {
  it('suffixes the id of a properties block or front matter, and nothing else', () => {
    expect(suffixArticleId('<properties\n  pageTitle="x"\n  ArticleId="kv-1" />\nbody articleId="no"', '-copy')).toBe(
      '<properties\n  pageTitle="x"\n  ArticleId="kv-1-copy" />\nbody articleId="no"',
    );
    expect(suffixArticleId('---\narticleId: kv-2\n---\n', '-copy')).toBe('---\narticleId: kv-2-copy\n---\n');
    expect(suffixArticleId('<properties pageTitle="x" />', '-copy')).toBe('<properties pageTitle="x" />');
  });
});
