import { describe, expect, it } from 'vitest';
import { fold, indexTerms, queryTerm, words } from './analyze';

describe('analyze', () => {
  it('makes singular and plural, and verb forms, meet on one stem', () => {
    expect(queryTerm('firewalls')).toBe(queryTerm('firewall'));
    expect(queryTerm('Connecting')).toBe(queryTerm('connection'));
    expect(queryTerm('policies')).toBe(queryTerm('policy'));
  });

  it('drops function words and negations, keeps numbers and codes as typed', () => {
    expect(['my', 'VM', "won't", 'start'].map(queryTerm)).toEqual([null, 'vm', null, 'start']);
    expect(queryTerm('0x80070005')).toBe('0x80070005');
    expect(queryTerm('a'.repeat(41))).toBeNull();
  });

  it('splits words on anything but letters and digits, keeping inner apostrophes', () => {
    expect(words('Microsoft.KeyVault: can’t reach (vault-01)')).toEqual(['Microsoft', 'KeyVault', 'can’t', 'reach', 'vault', '01']);
    expect(fold("Won't")).toBe('wont');
  });

  it('indexes a camel-cased word whole and by its parts', () => {
    // Parts are stemmed like any word (Porter: `key` → `kei`), so a typed "key vault" meets them.
    expect(indexTerms('KeyVault')).toEqual(['keyvault', queryTerm('key'), 'vault']);
    expect(indexTerms('VMScaleSets')).toEqual([queryTerm('vmscalesets'), 'vm', queryTerm('scale'), 'set']);
    expect(indexTerms('vault')).toBe('vault');
  });

  it('indexes a word with an apostrophe whole and by the parts a reader types', () => {
    // "We're" is the stop word `were`; its `re` part is what someone copying the title's letters types.
    expect(indexTerms("We're")).toEqual(['re']);
    expect(indexTerms("Azure's")).toEqual([queryTerm('azure')]); // both stem to one term
    expect(indexTerms('didn’t')).toEqual(['didn']); // `didnt` is a stop word; the part is kept
  });
});
