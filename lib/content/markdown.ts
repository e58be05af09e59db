/**
 * The one markdown parser of the project: CommonMark (remark-parse) plus only the GFM table and
 * strikethrough syntaxes. Full remark-gfm is left out on purpose: its bare-URL autolinking roughly doubles
 * the parse time of real content, and bare URLs are reported by lint rather than turned into links.
 * The body model and the renderer both call `parseMarkdown`, so what is checked is what is rendered.
 */
import type { Root } from 'mdast';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';

/** unified plugin adding the two GFM syntaxes we support (tables, `~~strike~~`). */
function remarkTablesAndStrike(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough({ singleTilde: false }));
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

// Built once: creating and freezing a processor per call would cost more than parsing a small article.
const processor = unified().use(remarkParse).use(remarkTablesAndStrike).freeze();

/** Parses markdown into mdast with positions (line, column, offset) relative to `text`. Never throws. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
