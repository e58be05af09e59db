/**
 * Raw HTML nested deeper than the HTML parser's recursion allows (found by the corpus fuzz: thousands of
 * unclosed tags in one paragraph) renders the text without that markup instead of throwing RangeError.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown';
import { renderMarkdown } from './render';

it('renders thousands of unclosed nested tags as text, without a stack overflow', () => {
  const root = parseMarkdown(`Before\n\n${'<span>'.repeat(8_000)}deep text\n\nAfter`);
  const out = renderToStaticMarkup(renderMarkdown(root.children, { cloud: 'public' }));
  expect(out).toContain('Before');
  expect(out).toContain('After');
  expect(out).not.toContain('<span><span><span>');
}, 60_000);
