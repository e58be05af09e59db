/**
 * Whether a file holds an article, told from its bytes before anything is decoded. A module of its own, with no
 * imports: the content read-ahead worker (lib/catalog/readahead-worker.ts) bundles the file reader, which uses it,
 * and must not pull the content pipeline in with it.
 */

const PROPERTIES = Buffer.from('<properties');

/** Whether a file is an article, by content: it has a `<properties` block or starts with YAML front matter. */
export function isArticleCandidate(bytes: Uint8Array): boolean {
  let start = 0;
  while (bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf) start += 3;
  if (bytes[start] === 0x2d && bytes[start + 1] === 0x2d && bytes[start + 2] === 0x2d) return true;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(PROPERTIES) !== -1;
}
