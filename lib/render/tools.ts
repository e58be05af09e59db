/**
 * The tool list of a `tools` article (FORMAT.md §2.8): pairs of "`[Tool](data-blade:…)<br>`" and a
 * description line, read from the body model's paragraphs. Anything that is not such a pair stays with the
 * regular markdown rendering, so no text is lost.
 */
import type { Link, PhrasingContent, RootContent } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import type { ArticleBody } from '../content/model';

export interface ToolEntry {
  name: string;
  /** The link target as written (`data-blade:…`); resolved per cloud when drawn. */
  url: string;
  description: string;
  line: number;
}

function fromParagraph(children: readonly PhrasingContent[], out: ToolEntry[]): boolean {
  let current: ToolEntry | null = null;
  let stray = false;
  for (const child of children) {
    if (child.type === 'link') {
      current = { name: mdastText(child as Link).trim(), url: child.url, description: '', line: child.position?.start.line ?? 0 };
      out.push(current);
    } else if (child.type === 'html' && /^<\/?br\s*\.?\/?>$/i.test(child.value.trim())) {
      if (current) current.description += ' ';
    } else {
      const text = mdastText(child);
      if (current) current.description += text;
      else if (text.trim()) stray = true;
    }
  }
  for (const t of out) t.description = t.description.replace(/\s+/g, ' ').trim();
  return !stray;
}

/**
 * The tools of a body, and the nodes that are not part of the list (rendered as markdown around it).
 * A paragraph is read as tools only when every piece of it belongs to a tool.
 */
export function toolsOf(body: ArticleBody): { tools: ToolEntry[]; rest: RootContent[] } {
  const tools: ToolEntry[] = [];
  const rest: RootContent[] = [];
  const nodes = [...body.intro, ...body.sections.flatMap((s) => s.nodes)];
  for (const node of nodes) {
    if (node.type !== 'paragraph' || !node.children.some((c) => c.type === 'link')) {
      rest.push(node);
      continue;
    }
    const found: ToolEntry[] = [];
    if (fromParagraph(node.children, found)) tools.push(...found);
    else rest.push(node);
  }
  return { tools, rest };
}
