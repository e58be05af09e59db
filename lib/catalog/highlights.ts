/**
 * Highlights for a result: its title and a short excerpt of its body around the matched words, with the heading
 * the excerpt sits under. The body is re-read from the file for the few results shown (cheap), so no article
 * text is kept in memory for this. Data, not HTML: runs of text flagged `hit`.
 */
import 'server-only';
import { readMeta } from '../content/meta';
import { JSON_BODY_TYPES } from '../content/model';
import { jsonText, type PlainSection, plainSections } from '../search/plain';
import { type HitTest, highlight, type Snippet, snippet, substringHits, type TextPart, termHits } from '../search/snippet';
import type { ResultItem } from './indexes';
import { readBytes } from './load';

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

/** Highlights of one result item (no match: the title plain and the start of the body). */
export async function highlights(root: string, item: ResultItem): Promise<Highlights> {
  const match = item.match;
  const isHit: HitTest = !match ? () => false : match.mode === 'index' ? termHits(match.terms) : substringHits(match.terms);
  const bytes = await readBytes(root, item.meta.file);
  return { title: highlight(item.title, isHit), excerpt: bytes ? snippet(bodySections(item.meta.file, bytes), isHit) : null };
}
