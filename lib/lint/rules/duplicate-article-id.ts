import type { LintRule } from '../types';

/** articleId must be unique across the linted set; both places are named. */
export const rule: LintRule = {
  id: 'duplicate-article-id',
  severity: 'error',
  description: 'The articleId is used by another file in the linted set.',
  check({ article, all, report }) {
    const id = article.meta.articleId.toLowerCase();
    const others = all.filter((a) => a !== article && a.meta.articleId.toLowerCase() === id).map((a) => a.meta.file);
    if (others.length === 0) return;
    const attr = article.meta.attributes.find((a) => a.name === 'articleId');
    report(
      attr ? { line: attr.valueLine, column: attr.valueColumn } : { line: 1, column: 1 },
      `articleId \`${article.meta.articleId}\` is also used by ${others.map((f) => `\`${f}\``).join(', ')}`,
    );
  },
};
