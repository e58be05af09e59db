import { describe, expect, it } from 'vitest';
import { seededStrings } from '../../test/seeded';
import { indexTerms, queryTerm } from './analyze';
import { plainSections } from './plain';
import { highlight, snippet, substringHits, termHits } from './snippet';

const terms = (...ws: string[]) => ws.map((w) => queryTerm(w) ?? w);

describe('highlight', () => {
  it('flags the words whose terms matched, other text in runs', () => {
    expect(highlight('Key Vault firewalls, and a firewall', termHits(terms('firewall')))).toEqual([
      { text: 'Key Vault ', hit: false },
      { text: 'firewalls', hit: true },
      { text: ', and a ', hit: false },
      { text: 'firewall', hit: true },
    ]);
  });

  it('matches the parts of camel-cased words, and substrings for the scan', () => {
    expect(highlight('Open KeyVault', termHits(terms('vault'))).filter((p) => p.hit)).toEqual([{ text: 'KeyVault', hit: true }]);
    expect(highlight('Rebooting now', substringHits(['boot'])).filter((p) => p.hit)).toEqual([{ text: 'Rebooting', hit: true }]);
  });
});

describe('snippet', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const body = `# Overview\n\n${filler(60)}\n\n## Firewall rules\n\n${filler(20)} Allow the key vault firewall to pass trusted services. ${filler(40)}`;

  it('picks the window with the matched words and names its heading', () => {
    const s = snippet(plainSections(body), termHits(terms('vault', 'firewall')));
    expect(s?.heading).toBe('Firewall rules');
    expect(s?.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['vault', 'firewall']);
    const text = s?.parts.map((p) => p.text).join('') ?? '';
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.split(' ').length).toBeLessThan(40);
  });

  it('prefers the window holding more different matched words', () => {
    const sections = plainSections(`vault ${filler(50)} vault and firewall together`);
    expect(
      snippet(sections, termHits(terms('vault', 'firewall')))
        ?.parts.map((p) => p.text)
        .join(''),
    ).toContain('vault and firewall together');
  });

  it('shows the start of the text when nothing matched, and nothing for an empty body', () => {
    expect(snippet(plainSections(`Intro ${filler(50)}`), () => false)?.parts).toEqual([{ text: `Intro ${filler(29)} …`, hit: false }]);
    expect(snippet([], () => true)).toBeNull();
  });

  it('returns hostile markup as plain text runs only', () => {
    const s = snippet(
      plainSections('<script>document.cookie</script><iframe src="x"></iframe>Reset the <b>vault</b> &lt;img onerror=x&gt;'),
      termHits(terms('vault')),
    );
    expect(s?.parts).toEqual([
      { text: 'Reset the ', hit: false },
      { text: 'vault', hit: true },
      { text: ' <img onerror=x>', hit: false },
    ]);
  });
});

describe('termHits remembers terms per word', () => {
  it('answers as indexTerms does, for 60,000 words (past the point where what it remembers is forgotten), asked twice', () => {
    const alphabet = [...'abcdefgilmnorstuvwxyzABKVM0129', "'", '’', 'é', 'ß'];
    const long = `${'Machine'.repeat(8)}Starting`;
    const words = [...seededStrings(60_000, 9, alphabet, 12).filter(Boolean), 'Starting', 'machines', 'KeyVault', 'firewalls', 'MACHINE', long];
    const wanted = ['start', 'machine', 'vault', 'key', 'firewall'].map((w) => queryTerm(w) ?? w);
    const set = new Set(wanted);
    const direct = (word: string) => {
      const t = indexTerms(word);
      return t === null ? false : typeof t === 'string' ? set.has(t) : t.some((x) => set.has(x));
    };
    const isHit = termHits(wanted);
    const expected = words.map(direct);
    expect(words.map(isHit)).toEqual(expected);
    expect(words.map(isHit)).toEqual(expected);
    // Hits occur (the words added at the end at least), so the comparison is not all `false`.
    expect(expected.filter(Boolean).length).toBeGreaterThanOrEqual(5);
    // Remembered by the word as written: a camel-cased word has terms its lower-cased spelling has not.
    expect(isHit('keyvault')).toBe(false);
    expect(isHit('KeyVault')).toBe(true);
    expect(termHits(['other'])('KeyVault')).toBe(false);
    expect(termHits(wanted)('KeyVault')).toBe(true);
  });
});
