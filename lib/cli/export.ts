/** `selfhelp export <dir>`: one JSON object per article file (NDJSON), the same pipeline the app uses. */
import { statSync } from 'node:fs';
import { type ReadFile, readArticleFiles, readFailure } from '../catalog/files';
import type { Article } from '../content/model';
import { readArticle } from '../content/read';

/** The exported record of one article. */
export function exportRecord(article: Article) {
  const { meta, body } = article;
  return {
    file: meta.file,
    articleId: meta.articleId,
    articleIdDerived: meta.articleIdDerived,
    selfHelpType: meta.selfHelpType,
    title: meta.title,
    description: meta.description,
    h1: body.h1,
    cloudEnvironments: meta.cloudEnvironments,
    disableClouds: meta.disableClouds,
    availableIn: meta.availableIn,
    supportTopicIds: meta.supportTopicIds,
    productPesIds: meta.productPesIds,
    service: meta.service,
    resource: meta.resource,
    displayOrder: meta.displayOrder,
    ownershipId: meta.ownershipId,
    encoding: meta.encoding,
    steps: body.steps.length,
    documents: body.documents.length,
    diagnostics: article.diagnostics,
  };
}

/** Thrown for input the command cannot work with; the CLI prints it on one line and exits 2. */
export class UsageError extends Error {}

/** Writes one line per article to `write`; returns the number of articles. */
export function runExport(dir: string, write: (line: string) => void): number {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (error) {
    throw new UsageError(`cannot read directory ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!isDir) throw new UsageError(`not a directory: ${dir}`);
  let files: ReadFile[];
  try {
    files = [...readArticleFiles(dir)];
  } catch (error) {
    throw new UsageError(`cannot read directory ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  for (const f of files) {
    if (f.bytes === null) {
      write(JSON.stringify({ file: f.file, error: f.error, diagnostics: [readFailure(f)] }));
      continue;
    }
    write(JSON.stringify(exportRecord(readArticle(f.file, f.bytes))));
  }
  return files.length;
}
