import { describe, expect, test } from 'vitest';
import { deriveArticleId, readArticleMeta } from './meta';

describe('deriveArticleId', () => {
  test('is stable and readable, one segment per folder', () => {
    expect(deriveArticleId('microsoft.web/My Article (old).md')).toBe('microsoft.web--my-article-old');
    expect(deriveArticleId('a\\b.txt')).toBe('a--b');
  });

  test('keeps letters of any script, so localized file names stay distinct', () => {
    expect(deriveArticleId('虚拟机/无法连接.md')).toBe('虚拟机--无法连接');
    expect(deriveArticleId('虚拟机/无法启动.md')).not.toBe(deriveArticleId('虚拟机/无法连接.md'));
  });
});

describe('readArticleMeta on localized content without an articleId', () => {
  test('reads Chinese titles and derives the id from the path, with a warning', () => {
    const text =
      '<properties\n  pageTitle="无法连接到虚拟机"\n  description="连接超时"\n  selfHelpType="generic"\n  cloudEnvironments="MoonCake"\n/>\n# 无法连接到虚拟机\n';
    const meta = readArticleMeta('虚拟机/无法连接.md', Buffer.from(text));
    expect(meta).toMatchObject({ title: '无法连接到虚拟机', articleId: '虚拟机--无法连接', articleIdDerived: true, availableIn: ['mooncake'] });
    expect(meta.diagnostics.map((d) => d.ruleId)).toContain('properties-article-id-derived');
  });
});
