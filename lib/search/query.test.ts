import { describe, expect, it } from 'vitest';
import { parseQuery, queryWords } from './query';

describe('parseQuery', () => {
  it('splits on blanks, keeps quoted parts whole and drops repeats', () => {
    expect(parseQuery('  keyvault   "reserved instance- unable to purchase" keyvault ')).toEqual({
      text: 'keyvault "reserved instance- unable to purchase" keyvault',
      tokens: ['keyvault', 'reserved instance- unable to purchase'],
      whole: 'keyvault reserved instance- unable to purchase keyvault',
    });
  });

  it('ignores an unmatched quote and empty quotes', () => {
    expect(parseQuery('"vm boot').tokens).toEqual(['vm', 'boot']);
    expect(parseQuery('"" disk').tokens).toEqual(['disk']);
  });
});

describe('queryWords', () => {
  it('gives the words to search with their terms, stop words and same-stem repeats dropped', () => {
    expect(queryWords(['My', 'firewalls', 'Firewall', 'is', 'Microsoft.KeyVault'])).toEqual([
      { word: 'firewalls', term: 'firewal' },
      { word: 'microsoft', term: 'microsoft' },
      { word: 'keyvault', term: 'keyvault' },
    ]);
  });
});
