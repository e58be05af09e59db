import { describe, expect, it } from 'vitest';
import { jsonText, markdownHeadings, plainLine, plainSections } from './plain';

describe('plainSections', () => {
  it('cuts a markdown body into plain text under its headings', () => {
    const md =
      'Intro **bold** text.\n\n# Reset the *key*\n\n1. Open [Key Vault](https://portal.example/kv) and run `rotate`.\n2. See https://docs.example/x\n\n## **Recommended Steps** ##\n| a | b |\n';
    expect(plainSections(md)).toEqual([
      { heading: null, text: 'Intro bold text.' },
      { heading: 'Reset the key', text: 'Open Key Vault and run rotate . See' },
      { heading: 'Recommended Steps', text: 'a b' },
    ]);
  });

  it('turns hostile HTML into text: scripts, styles, comments and tags gone, entities decoded as text', () => {
    const md =
      'Before <script>alert("x")</script> <img src=x onerror="alert(1)"> after\n<style>body{}</style><!-- hidden -->\n&lt;script&gt;alert(2)&lt;/script&gt; <b onclick="x()">bold</b>\n<script>\nnever closed';
    const text = plainSections(md)
      .map((s) => s.text)
      .join(' ');
    expect(text).toBe('Before after <script>alert(2)</script> bold');
    expect(text).not.toMatch(/alert\("x"\)|alert\(1\)|onerror|hidden|never closed/);
  });

  it('keeps link text and drops images and markdown markers in a line', () => {
    expect(plainLine('> * See ![logo](a.png) [the guide][ref] and __this__ ~~old~~')).toBe('See the guide and this old');
  });
});

describe('markdownHeadings', () => {
  it('lists headings with their depth, as plain text', () => {
    expect(markdownHeadings('# Title *one*\ntext\n   ## Two ##\n#not a heading\n####### seven')).toEqual([
      { depth: 1, text: 'Title one' },
      { depth: 2, text: 'Two' },
    ]);
  });

  it('finds what a multiline regex over every line finds, at any line break and indent', () => {
    const everyLine = (md: string) =>
      [...md.matchAll(/^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm)]
        .map((m) => ({ depth: m[1]?.length ?? 1, text: plainLine(m[2] ?? '') }))
        .filter((h) => h.text);
    const samples = [
      '# a\r\n## b\r# c\u2028### d\u2029#### e',
      '    # four spaces\n   # three\n # #\n#\t#\na # b\n##\n#',
      'text #1 and #2\n  ## x ## \n###### six\n####### seven\n# \n#  *  \n## last',
    ];
    for (const md of samples) expect(markdownHeadings(md)).toEqual(everyLine(md));
  });
});

describe('jsonText', () => {
  it('keeps string values (not keys), unescaped and without markup, URLs, GUIDs or flags', () => {
    const json =
      '{"shortDescription": "Azure \\"Firewall\\" <b>rules</b>", "id": "052ad720-ca43-5a0c-181a-69060ef6fe93", "link": "https://x.example", "flag": "true", "n": 3, "tags": ["IDS", "IPS"]}';
    expect(jsonText(json)).toBe('Azure "Firewall" rules IDS IPS');
  });

  it('does not read the text between a key and its value as a string', () => {
    expect(jsonText('{"a": "one", "b" : "two"}')).toBe('one two');
  });
});
