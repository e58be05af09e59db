import { describe, expect, it } from 'vitest';
import { queryTerm } from './analyze';
import { editsFor, transpositions, Vocabulary } from './typos';

describe('transpositions', () => {
  it('lists every adjacent swap once, skipping equal neighbours', () => {
    expect(transpositions('abc')).toEqual(['bac', 'acb']);
    expect(transpositions('aab')).toEqual(['aba']);
  });
});

describe('Vocabulary.corrections', () => {
  const vocabulary = new Vocabulary();
  vocabulary.add('Key Vault firewall settings; Booting a virtual machine; MySQL server; Automation runbooks');
  // Article counts per term: the corrections' words are common, the typos are not terms at all.
  const counts = new Map(['firewal', 'boot', 'mysql', 'autom', 'set', 'server'].map((t) => [t, 50]));
  const frequency = (term: string) => counts.get(term) ?? 0;

  it('forgives two swapped letters, which Levenshtein counts as two edits', () => {
    expect(vocabulary.corrections('firewlal', frequency)).toEqual(['firewall']);
    expect(vocabulary.corrections('fierwall', frequency)).toEqual(['firewall']);
  });

  it('corrects the whole word where the typo changes the stem', () => {
    expect(queryTerm('automaction')).not.toBe(queryTerm('automation'));
    expect(vocabulary.corrections('automaction', frequency)).toEqual(['automation']);
    expect(vocabulary.corrections('booaing', frequency)).toEqual(['booting']);
  });

  it('gives a four-letter non-word one edit, and leaves common and short words alone', () => {
    expect(vocabulary.corrections('mysl', frequency)).toEqual(['mysql']);
    expect(vocabulary.corrections('settings', frequency)).toEqual([]);
    expect(vocabulary.corrections('vm', frequency)).toEqual([]);
  });

  it('allows more edits for longer words', () => {
    expect([editsFor('disk'), editsFor('server'), editsFor('automation')]).toEqual([0, 1, 2]);
  });
});
