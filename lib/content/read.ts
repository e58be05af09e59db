/**
 * The entry points of the content pipeline: bytes → ArticleMeta (cheap) and bytes → Article (with the body
 * model). The catalog, the CLI, the preview and the tests all come through here.
 */
import { parseBody } from './body';
import { sortDiagnostics } from './diagnostics';
import { readMeta } from './meta';
import type { Article } from './model';

export { deriveArticleId, readArticleMeta } from './meta';

/** Reads a whole article: metadata, body model and every diagnostic. Never throws. */
export function readArticle(file: string, bytes: Uint8Array | string): Article {
  return readArticleSource(file, bytes).article;
}

/** Like `readArticle`, also handing back the decoded text (for lint rules that look at the source). */
export function readArticleSource(file: string, bytes: Uint8Array | string): { article: Article; text: string } {
  const { meta, text, lines, bag } = readMeta(file, bytes);
  const metaCount = bag.items.length;
  const body = parseBody({ text, block: meta.block, selfHelpType: meta.selfHelpType, bag, lines });
  // Meta diagnostics stay on the meta; the article carries both, in file order.
  const metaDiagnostics = bag.items.slice(0, metaCount);
  // Set on readMeta's own fresh object (its list was the bag's, which went on to collect the body's): a copy by
  // spread or Object.assign would leave V8 a slow "dictionary mode" object of 38 fields (see readMeta).
  meta.diagnostics = metaDiagnostics;
  const article = { meta, body, diagnostics: sortDiagnostics(bag.items) };
  return { article, text };
}
