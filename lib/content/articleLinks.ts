/**
 * Links from one article to another by articleId, read from the text alone (no markdown or JSON parse), so a
 * loader can know every file's targets at start-up and a cross-file check needs metadata only. Today the only
 * such link in the format is a diagnose-and-solve tile's `commonSolutionArticleId` (FORMAT.md §4.2); markdown links
 * are URLs and portal blades, never article ids.
 */
import { LineIndex, type Position } from './diagnostics';

/** One link to an article by id, with the place of the id in the file. */
export interface ArticleLinkTarget extends Position {
  /** The id as written, trimmed. */
  articleId: string;
  /** Where the value ends: its closing quote's column (exclusive end, same line). */
  endColumn: number;
  /** The field that holds the link. */
  via: 'commonSolutionArticleId';
}

// JSON keys are case-folded by the body reader; the value is a JSON string literal (escapes allowed).
const SOLUTION_FIELD = /"commonSolutionArticleId"\s*:\s*("(?:[^"\\\n]|\\.)*")/gi;
// A value written as a URL or a portal link is not an article id (free-text ids may contain `:` after a blank).
const LINK_SCHEME = /^(?:https?|(?:button-)?data-(?:blade|context|blade-uri)):/i;

/** The article id a tile field names, or null when it names none (blank) or is a URL or portal link instead. */
export function articleIdOfLink(value: string | null | undefined): string | null {
  const id = value?.trim() ?? '';
  return id && !LINK_SCHEME.test(id) ? id : null;
}

function unquote(literal: string): string | null {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Every article-id link in `text` (decoded, LF newlines), in file order. Cheap when there is none. */
export function articleLinkTargets(text: string): ArticleLinkTarget[] {
  const out: ArticleLinkTarget[] = [];
  let lines: LineIndex | null = null;
  for (const m of text.matchAll(SOLUTION_FIELD)) {
    const literal = m[1] ?? '';
    const articleId = articleIdOfLink(unquote(literal));
    if (!articleId) continue;
    lines ??= new LineIndex(text);
    // The id's place: inside the quotes, past any leading blanks.
    const start = m.index + m[0].length - literal.length + 1 + (literal.slice(1).length - literal.slice(1).trimStart().length);
    const at = lines.at(start);
    // The closing quote's column: the exclusive end, escapes and trailing blanks included.
    const endColumn = lines.at(m.index + m[0].length - 1).column;
    out.push({ articleId, line: at.line, column: at.column, endColumn, via: 'commonSolutionArticleId' });
  }
  return out;
}
