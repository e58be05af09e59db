import { describe, expect, it } from 'vitest';
import { type EntryText, matchScore, plainText, scanText, searchTerms } from './search';

describe('plainText', () => {
  it('keeps words, link and token text; drops markup, URLs and comments; lower-cases', () => {
    const md =
      '# Reset **the** Key\n\n<!-- authoring note -->\n<!--$Name-->shown name<!--/$Name-->\n1. Open [Key Vault](https://portal.example/kv) and `rotate`.\n<br/>Done &amp; dusted';
    expect(plainText(md)).toBe('reset the key shown name 1. open key vault and rotate . done dusted');
  });
});

describe('searchTerms', () => {
  it('splits on blanks, keeps quoted phrases whole and drops repeats', () => {
    expect(searchTerms('Disk "Full Error" disk')).toEqual(['disk', 'full error']);
  });
});

describe('matchScore', () => {
  const text = { title: 'cannot reach the gateway', description: 'timeouts when calling', body: 'check the firewall rules' };

  it('needs every term somewhere and ranks title over description over body', () => {
    expect(matchScore(text, ['gateway'])).toBe(4);
    expect(matchScore(text, ['timeouts'])).toBe(2);
    expect(matchScore(text, ['firewall'])).toBe(1);
    expect(matchScore(text, ['gateway', 'firewall'])).toBe(5);
    expect(matchScore(text, ['gateway', 'printer'])).toBe(0);
  });
});

describe('scanText', () => {
  it('makes the lower-cased title and description on first use, and keeps them', () => {
    const held: EntryText = { body: 'rotate the key', headings: '' };
    const entry = { title: 'Reset The Key', meta: { description: 'When Access Fails' }, text: held };
    expect(held.title).toBeUndefined();
    const text = scanText(entry);
    if (!text) throw new Error('expected the scan text');
    expect(text).toEqual({ title: 'reset the key', description: 'when access fails', body: 'rotate the key', headings: '' });
    expect(scanText(entry)).toBe(held);
    expect(entry.title).toBe('Reset The Key');
    expect(matchScore(text, ['access'])).toBe(2);
  });

  it('is null once the text is dropped (the ranked index holds the article)', () => {
    expect(scanText({ title: 'Reset', meta: { description: '' }, text: null })).toBeNull();
  });
});
