/** Tiny articles written by tests into a temp content dir (our own text, not corpus text). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface FixtureArticle {
  file: string;
  articleId: string;
  title?: string;
  clouds?: string;
  disable?: string;
  topics?: string;
  ownershipId?: string;
  displayOrder?: string;
  type?: string;
  body?: string;
}

/** The markdown of one article: a properties block, an H1 and a body. */
export function articleText(a: FixtureArticle): string {
  const title = a.title ?? `Article ${a.articleId}`;
  const attrs: [string, string | undefined][] = [
    ['pageTitle', title],
    ['description', `About ${title}`],
    ['service', 'microsoft.test'],
    ['selfHelpType', a.type ?? 'generic'],
    ['supportTopicIds', a.topics ?? '11112222'],
    ['productPesIds', '12345'],
    ['cloudEnvironments', a.clouds ?? 'public'],
    ['disableClouds', a.disable],
    ['displayOrder', a.displayOrder],
    ['articleId', a.articleId],
    ['ownershipId', a.ownershipId],
  ];
  const block = attrs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `    ${k}="${v}"`)
    .join('\n');
  return `<properties\n${block}\n/>\n# ${title}\n\n${a.body ?? 'Some text.\n\n## **Recommended Steps**\n\n* Do the thing.\n'}`;
}

/** Writes the articles under a new temp dir; returns the dir. */
export function writeContent(articles: readonly FixtureArticle[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'selfhelp-content-'));
  for (const a of articles) {
    const file = path.join(root, a.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, articleText(a));
  }
  return root;
}
