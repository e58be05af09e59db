/**
 * Conformance over every article of the real corpus (../shared/corpus): no exception, every file yields an
 * article or error diagnostics, and the typed fields agree with an independent plain reading of the block.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readArticleFiles } from '@/lib/catalog/files';
import { decodeBytes } from '@/lib/content/decode';
import { DiagnosticBag } from '@/lib/content/diagnostics';
import { readArticle } from '@/lib/content/read';
import { requireCorpus } from './corpus';
import { plainReading } from './independent';

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

test('every real article reads, and agrees with a plain reading of its block', () => {
  const files = [...readArticleFiles(join(requireCorpus(), 'articles'))];
  const fields = ['articleId', 'selfHelpType', 'clouds', 'availableIn', 'supportTopicIds', 'productPesIds', 'pageTitle'] as const;
  const disagree: Record<(typeof fields)[number], string[]> = Object.fromEntries(fields.map((f) => [f, []])) as never;
  let articles = 0;
  let withErrors = 0;
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const f of files) {
    expect(f.bytes, `${f.file} unreadable`).not.toBeNull();
    const article = readArticle(f.file, f.bytes!); // must not throw
    articles++;
    if (article.diagnostics.some((d) => d.severity === 'error')) withErrors++;
    for (const d of article.diagnostics) bySeverity[d.severity]++;
    const plain = plainReading(decodeBytes(f.bytes!, new DiagnosticBag(f.file)).text);
    expect(plain !== null || article.diagnostics.some((d) => d.severity === 'error'), `${f.file}: no block and no error`).toBe(true);
    if (!plain) continue;
    const m = article.meta;
    if (!m.articleIdDerived && plain.articleId !== m.articleId) disagree.articleId.push(f.file);
    if (plain.selfHelpType !== m.selfHelpType) disagree.selfHelpType.push(f.file);
    if (!same(plain.clouds, [...m.cloudEnvironments].sort())) disagree.clouds.push(f.file);
    if (!same(plain.availableIn, [...m.availableIn].sort())) disagree.availableIn.push(f.file);
    if (!same(plain.supportTopicIds, m.supportTopicIds)) disagree.supportTopicIds.push(f.file);
    if (!same(plain.productPesIds, m.productPesIds)) disagree.productPesIds.push(f.file);
    if ((plain.pageTitle ?? '') !== m.title) disagree.pageTitle.push(f.file);
  }
  console.log(`conformance: ${files.length} files, ${articles} articles, ${withErrors} with errors; diagnostics ${JSON.stringify(bySeverity)}`);
  for (const field of fields) {
    const list = disagree[field];
    const rate = 1 - list.length / articles;
    console.log(`  ${field.padEnd(16)} agreement ${(rate * 100).toFixed(3)}% (${list.length} differ)${list.length ? `: ${list.slice(0, 5).join(', ')}` : ''}`);
    // The plain reader is naive about malformed blocks (FORMAT.md §1.5); everything else must agree.
    expect(rate, field).toBeGreaterThanOrEqual(0.999);
  }
  expect(articles).toBeGreaterThan(1000);
});
