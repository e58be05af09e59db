/**
 * The metadata pass runs on every file at start-up, so some of its steps have a fast path or a cheaper form. Each
 * is held here to the plain code it replaced, on seeded strings made of the characters that decide its answer.
 */
import { decodeHTMLAttribute } from 'entities';
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../lib/catalog/display';
import { BLANK_RUN, cleanValue, isBlank, isNameChar, NAME_RUN, skip } from '../lib/content/properties';
import { listItems, splitList } from '../lib/content/schema';
import { seededStrings } from './seeded';

const BLANKS = [' ', ' ', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u200b', '\ufeff', '\u2003', '\u3000', '\u000b', '\u0085'];
const WORDS = ['a', 'B', 'word', '&amp;', '&#xD;', '&', ',', '*', '_', '**', '__', '\u0001', '\u007f', 'é'];

describe('start-up fast paths', () => {
  it('cleanValue folds and trims as the replace of every blank run did', () => {
    const reference = (raw: string) => (raw.includes('&') ? decodeHTMLAttribute(raw) : raw).replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
    const values = seededStrings(5000, 11, [...BLANKS, ...WORDS]);
    expect(values.filter((v) => cleanValue(v) !== reference(v)).map((v) => JSON.stringify(v))).toEqual([]);
  });

  it('cleanTitle cleans as the chain of replaces did', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the code it replaced
    const CONTROL = /[\u0000-\u001f\u007f]/g;
    const reference = (title: string) =>
      title
        .replace(CONTROL, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^(\*\*|__|\*|_)(.+)\1$/, '$2')
        .trim();
    const titles = seededStrings(5000, 12, [...BLANKS, ...WORDS]);
    expect(titles.filter((t) => cleanTitle(t) !== reference(t)).map((t) => JSON.stringify(t))).toEqual([]);
  });

  it('splitList and listItems split as a regex split with a set did', () => {
    const reference = (value: string) => [...new Set(value.split(/[,\n]/).map((s) => s.trim()))].filter(Boolean);
    // Short lists (scanned) and long ones (a set past 32 items).
    const values = [
      ...seededStrings(3000, 13, ['a', 'b', 'c', ',', ',', '\n', ' ', '  ', '\t', 'ab']),
      ...seededStrings(200, 14, ['1', '2', '3', '4', '5', '6', ',', ', ', '\n'], 400),
    ];
    expect(values.filter((v) => JSON.stringify(splitList(v)) !== JSON.stringify(reference(v)))).toEqual([]);
    expect(
      values.filter(
        (v) =>
          JSON.stringify(listItems(v)) !==
          JSON.stringify(
            v
              .split(/[,\n]/)
              .map((s) => s.trim())
              .filter(Boolean),
          ),
      ),
    ).toEqual([]);
    expect(splitList(undefined)).toEqual([]);
    expect(splitList('')).toEqual([]);
  });

  it('the lexer skips runs of exactly the characters isBlank and isNameChar accept, for every UTF-16 code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const text = `x${String.fromCharCode(c)}`;
      if ((skip(BLANK_RUN, text, 1) === 2) !== isBlank(c)) wrong.push(`blank ${c.toString(16)}`);
      if ((skip(NAME_RUN, text, 1) === 2) !== isNameChar(c)) wrong.push(`name ${c.toString(16)}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    // A run stops at the first character outside it.
    expect(skip(BLANK_RUN, 'a \t\u00a0b', 1)).toBe(4);
    expect(skip(NAME_RUN, ' pageTitle="x"', 1)).toBe(10);
  });
});
