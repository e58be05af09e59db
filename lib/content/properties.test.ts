import { describe, expect, test } from 'vitest';
import { DiagnosticBag } from './diagnostics';
import { cleanValue, lexProperties } from './properties';

const lex = (text: string) => {
  const bag = new DiagnosticBag('t.md');
  return { block: lexProperties(text, bag), diagnostics: bag.items };
};

describe('lexProperties', () => {
  test('pairs quotes by the opening character', () => {
    const { block } = lex(`<properties a="it's" b='say "hi"' />`);
    expect(block.attributes.map((a) => [a.name, a.value])).toEqual([
      ['a', "it's"],
      ['b', 'say "hi"'],
    ]);
  });

  test('records offsets of names and values; the body starts after />', () => {
    const text = '# T\n<properties\n  pageTitle="X"\n/>\nbody';
    const { block } = lex(text);
    expect(block.start).toBe(4);
    expect(text.slice(block.end)).toBe('\nbody');
    const a = block.attributes[0]!;
    expect(text.slice(a.nameOffset, a.nameOffset + 9)).toBe('pageTitle');
    expect(text[a.valueOffset]).toBe('X');
  });

  test('a value that swallowed the next attribute is cut at its line and reported', () => {
    const { block, diagnostics } = lex('<properties\n a="one\n b="two"\n/>');
    expect(block.attributes.map((x) => [x.name, x.value])).toEqual([
      ['a', 'one'],
      ['b', 'two'],
    ]);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['2:4 properties-unclosed-quote']);
  });

  test('a value may legitimately span lines', () => {
    const { block, diagnostics } = lex('<properties\n ids="1,\n 2"\n/>');
    expect(block.attributes[0]?.value).toBe('1,\n 2');
    expect(diagnostics).toEqual([]);
  });

  test('NBSP and zero-width spaces are blanks, not tokens', () => {
    const { block, diagnostics } = lex('<properties\n\u00a0\u00a0a="1"\u200b\n/>');
    expect(block.attributes).toHaveLength(1);
    expect(diagnostics).toEqual([]);
  });

  test('no block: start is -1 and nothing is reported by the lexer', () => {
    expect(lex('# only markdown').block.start).toBe(-1);
  });

  test('end of file inside a value is an error, not an exception', () => {
    const { diagnostics } = lex('<properties a="never closed');
    expect(diagnostics.map((d) => d.ruleId)).toContain('properties-unclosed-quote');
  });
});

describe('cleanValue', () => {
  test('folds whitespace, trims NBSP and decodes entities', () => {
    expect(cleanValue('\u00a0 A\n   title &amp; &quot;more&quot; ')).toBe('A title & "more"');
  });
});
