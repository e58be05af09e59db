import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown';
import { renderMarkdown } from './render';

/** Markdown text → the HTML the site would serve for it (public cloud). */
function html(markdown: string): string {
  const root = parseMarkdown(markdown);
  return renderToStaticMarkup(renderMarkdown(root.children, { cloud: 'public' }));
}

describe('sanitizer', () => {
  it('removes scripts with their content', () => {
    const out = html('Hello\n\n<script>alert(1)</script>\n\nworld <script>alert(2)</script>');
    expect(out).not.toMatch(/script|alert/i);
    expect(out).toContain('Hello');
  });

  it('drops event handlers and keeps the element', () => {
    const out = html('<b onclick="alert(1)">bold</b> <img src="https://x.test/a.png" onerror="alert(1)" alt="pic">');
    expect(out).not.toMatch(/onerror|onclick|alert/i);
    expect(out).toContain('<b>bold</b>');
    expect(out).toContain('alt="pic"');
  });

  it('drops javascript: and data: URLs, in any case', () => {
    const out = html(
      '[a](javascript:alert(1)) <a href="JavaScript:alert(2)">b</a> [c](data:text/html;base64,PHNjcmlwdD4=) ' +
        '<a href=" data:text/html,x">d</a> ![e](data:image/png;base64,AAAA)',
    );
    expect(out).not.toMatch(/javascript|data:|alert/i);
    expect(out).toContain('>a</a>');
  });

  it('removes iframes, styles and style attributes', () => {
    const out = html('<iframe src="https://evil.test"></iframe>\n\n<style>body{display:none}</style>\n\n<span style="color:red">red</span>');
    expect(out).not.toMatch(/iframe|evil|<style|display:none|color:red/i);
    expect(out).toContain('red');
  });

  it('keeps br, pre, b, i, u, sub, sup, strong, em, code', () => {
    const out = html('a<br>b<BR/>c</br>d <b>B</b> <i>I</i> <u>U</u> H<sub>2</sub>O x<sup>2</sup> <strong>S</strong> <em>E</em> `c`\n\n<pre>pre text</pre>');
    expect(out.match(/<br\/>/g)).toHaveLength(3);
    for (const tag of ['b', 'i', 'u', 'sub', 'sup', 'strong', 'em', 'code', 'pre']) expect(out).toContain(`<${tag}>`);
  });

  it('keeps lists, tables, headings and blockquotes', () => {
    const out = html('## H\n\n> quote\n\n1. one\n2. two\n\n* x\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n<ol><li>raw</li></ol>');
    for (const tag of ['h2', 'blockquote', 'ol', 'ul', 'li', 'table', 'th', 'td']) expect(out).toContain(`<${tag}`);
    // Alignment survives; the JSX runtime turns `align` into a text-align style (ours, not the author's).
    expect(out).toContain('text-align:right');
  });

  it('keeps angle-bracket placeholders as text', () => {
    const out = html('Connect to <port> on <your storage account>.\n\n<div>Use <value> here</div>');
    expect(out).toContain('&lt;port&gt;');
    expect(out).toContain('&lt;your storage account&gt;');
    expect(out).toContain('&lt;value&gt;');
  });

  it('drops comments but keeps replacement-token text, marked', () => {
    const out = html('Started at <!--$startTime-->[startTime]<!--/$startTime--> today. <!-- reviewer note -->');
    expect(out).not.toContain('reviewer note');
    expect(out).toMatch(/<mark class="token"[^>]*>\[startTime\]<\/mark>/);
  });
});
