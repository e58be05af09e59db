/**
 * Steps of the Recommended Steps sections: the items of the section's top-level lists, with nested lists,
 * code and paragraphs kept as mdast. A section without a list (1,364 real files write prose) yields one
 * step per block.
 */
import type { RootContent } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import type { Section, Step } from '../model';
import { plainText } from './text';

/** Steps of every `steps` section, in order. */
export function stepsOf(sections: Section[]): Step[] {
  const steps: Step[] = [];
  // A reserved H3 inside a reserved H2 shares its nodes with it: take each block once.
  const seen = new Set<RootContent>();
  for (const section of sections) {
    if (section.role !== 'steps') continue;
    const own = section.nodes.filter((n) => !seen.has(n));
    for (const n of own) seen.add(n);
    const lists = own.filter((n) => n.type === 'list');
    if (lists.length > 0) {
      for (const list of lists) for (const item of list.children) steps.push(step(item.children, item));
      continue;
    }
    for (const node of own) if (isProse(node, section)) steps.push(step([node], node));
  }
  return steps;
}

function step(nodes: RootContent[], at: RootContent): Step {
  const text = plainText(nodes);
  return { nodes, text, line: at.position?.start.line ?? 0 };
}

/** Blocks that carry text for the reader: not headings, rules, comments or the section's own bold line. */
function isProse(node: RootContent, section: Section): boolean {
  if (node.type === 'heading' || node.type === 'thematicBreak' || node.type === 'definition') return false;
  if (node.type === 'html') return !/^\s*(<!--[\s\S]*-->|<\/?br\s*\.?\/?>)\s*$/i.test(node.value);
  // An embedded bold heading line shares its paragraph with the first step.
  return !(section.depth === 0 && node.position?.start.offset === section.offset && mdastText(node).trim() === section.heading);
}
