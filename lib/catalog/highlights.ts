/**
 * Highlights for a result: its title and a short excerpt of its body around the matched words, with the heading
 * the excerpt sits under. The body is re-read from the file for the few results shown (cheap), so no article
 * text is kept in memory for this. Data, not HTML: runs of text flagged `hit`.
 */
import 'server-only';
import { LRUCache } from 'lru-cache';
import { readMeta } from '../content/meta';
import { JSON_BODY_TYPES } from '../content/model';
import { jsonText, type PlainSection, plainSections } from '../search/plain';
import { type HitTest, highlight, type Snippet, snippet, substringHits, type TextPart, termHits } from '../search/snippet';
import { contentHash, readContentFile } from './files';
import type { ResultItem } from './indexes';
import { absolutePath } from './load';

export interface Highlights {
  title: TextPart[];
  /** Null when the file is gone or has no body text. */
  excerpt: Snippet | null;
}

/** The plain sections of an article's body (JSON bodies: their text values, under no heading). */
export function bodySections(file: string, bytes: Uint8Array): PlainSection[] {
  const { meta, text } = readMeta(file, bytes);
  const body = text.slice(meta.block?.end ?? 0);
  if (!JSON_BODY_TYPES.has(meta.selfHelpType)) return plainSections(body);
  const start = body.indexOf('{');
  return [...plainSections(start === -1 ? body : body.slice(0, start)), { heading: null, text: jsonText(body) }].filter((s) => s.text);
}

// Heap bytes of sections kept (their text ×2, UTF-16); the least recently used go first.
const SECTIONS_CACHE_BYTES = 8 * 2 ** 20;
const SECTIONS = Symbol.for('selfhelp.bodySections');

interface KeptSections {
  hash: string;
  sections: PlainSection[];
}

/** One cache for the process (the page and the API are separate bundles), like the page cache. */
function keptSections(): LRUCache<string, KeptSections> {
  const holder = globalThis as { [SECTIONS]?: LRUCache<string, KeptSections> };
  holder[SECTIONS] ??= new LRUCache<string, KeptSections>({
    maxSize: SECTIONS_CACHE_BYTES,
    sizeCalculation: (kept) => kept.sections.reduce((n, s) => n + 2 * (s.text.length + (s.heading?.length ?? 0)) + 64, 64),
  });
  return holder[SECTIONS];
}

/**
 * `bodySections` of a file's bytes, kept by file and content hash: a result list shows 20–50 excerpts, and making
 * an article's sections (the whole body's markup stripped) was about a third of each. The bytes are read anew for
 * every answer, so an edited file never shows an old excerpt. The sections are shared: read them, never change them.
 */
export function cachedBodySections(root: string, file: string, bytes: Uint8Array): PlainSection[] {
  const cache = keptSections();
  const key = `${root}\0${file}`;
  const hash = contentHash(bytes);
  const kept = cache.get(key);
  if (kept?.hash === hash) return kept.sections;
  const sections = bodySections(file, bytes);
  cache.set(key, { hash, sections });
  return sections;
}

/**
 * Highlights of one result item (no match: the title plain and the start of the body). The file is read
 * synchronously (size-checked, as the loader reads): a promise-based read of each of 20–50 small files cost more
 * on the server's thread, in promise and async-context bookkeeping, than reading them outright.
 */
export function highlights(root: string, item: ResultItem): Highlights {
  const match = item.match;
  const isHit: HitTest = !match ? () => false : match.mode === 'index' ? termHits(match.terms) : substringHits(match.terms);
  const { bytes } = readContentFile({ file: item.meta.file, path: absolutePath(root, item.meta.file) });
  return { title: highlight(item.title, isHit), excerpt: bytes ? snippet(cachedBodySections(root, item.meta.file, bytes), isHit) : null };
}
