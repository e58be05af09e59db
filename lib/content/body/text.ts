/**
 * Plain text of mdast for search and checklists. Unlike `mdast-util-to-string`, blocks (paragraphs, list
 * items) and hard breaks are separated by newlines, so "Step one.Sub-step." does not run together, and raw
 * HTML (`<br>`, comments) is left out.
 */
import type { Nodes } from 'mdast';

const BLOCKS = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'code', 'root']);

/** Text of the nodes, blocks on their own lines, blank runs folded. */
export function plainText(nodes: readonly Nodes[]): string {
  const parts: string[] = [];
  for (const node of nodes) collect(node, parts);
  return parts
    .join('')
    .replace(/[ \t]*\n[\s]*/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function collect(node: Nodes, parts: string[]): void {
  switch (node.type) {
    case 'html':
      return;
    case 'break':
      parts.push('\n');
      return;
    case 'text':
    case 'inlineCode':
    case 'code':
      parts.push(node.value);
      break;
    case 'image':
      parts.push(node.alt ?? '');
      break;
    default:
      if ('children' in node) for (const child of node.children) collect(child, parts);
  }
  if (BLOCKS.has(node.type)) parts.push('\n');
}
