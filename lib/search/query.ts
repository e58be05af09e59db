/**
 * Query parsing: what a person typed → tokens to check as pasted ids and words to search. Pure.
 * Quotes keep a pasted id or name with blanks in it whole (`"reserved instance- unable to purchase"`); their
 * words are all required like any other. Word order is not checked: the index keeps no positions (memory).
 */
import { fold, queryTerm, WORD } from './analyze';

/** A parsed query. */
export interface ParsedQuery {
  /** The query as typed, blanks collapsed. */
  text: string;
  /** Candidate ids and names: each blank-separated token, and each quoted part whole, as typed (repeats dropped). */
  tokens: string[];
  /** The whole query without its quotes, repeats kept: a pasted articleId with blanks (`… data or … data missing`). */
  whole: string;
}

/** Splits a query into tokens (quoted parts whole, unmatched quotes ignored). */
export function parseQuery(q: string): ParsedQuery {
  const text = q.replace(/\s+/g, ' ').trim();
  const tokens: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    const token = (m[1] ?? m[2] ?? '').replace(/"/g, '').trim();
    if (token && !tokens.includes(token)) tokens.push(token);
  }
  return { text, tokens, whole: text.replace(/"/g, ' ').replace(/\s+/g, ' ').trim() };
}

/** A word to search: as typed (for typo variants) and its index term. */
export interface QueryWord {
  word: string;
  term: string;
}

/** The distinct searchable words of some tokens, in order; stop words and repeats (by term) dropped. */
export function queryWords(tokens: readonly string[]): QueryWord[] {
  const out: QueryWord[] = [];
  for (const token of tokens) {
    for (const word of token.match(WORD) ?? []) {
      const term = queryTerm(word);
      if (term && !out.some((w) => w.term === term)) out.push({ word: fold(word), term });
    }
  }
  return out;
}
