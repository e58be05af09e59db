/**
 * Steps of the Recommended Steps sections: the items of the section's top-level lists, with nested lists,
 * code and paragraphs kept as mdast. A section without a list (1,364 real files write prose) yields one
 * step per block. Sub-sections under a Recommended Steps heading are read with it, and each step goes to the
 * section its block sits in.
 */
import type { RootContent } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import type { Section, Step } from '../model';
import { type OutlineSection, ownerOf, reservedTrees } from './outline';
import { plainText } from './text';

/** The steps of each section (parallel to `sections`). */
export function stepsOf(children: readonly RootContent[], sections: readonly OutlineSection[]): Step[][] {
  const out: Step[][] = sections.map(() => []);
  for (const { root, indices } of reservedTrees(sections, 'steps')) {
    const add = (index: number, step: Step) => out[ownerOf(sections, index)]?.push(step);
    const lists = indices.filter((i) => children[i]?.type === 'list');
    if (lists.length > 0) {
      for (const i of lists) {
        const list = children[i];
        if (list?.type === 'list') for (const item of list.children) add(i, step(item.children, item));
      }
      continue;
    }
    for (const i of indices) {
      const node = children[i];
      if (node && isProse(node, root.section)) add(i, step([node], node));
    }
  }
  return out;
}

function step(nodes: RootContent[], at: RootContent): Step {
  const text = plainText(nodes);
  return { nodes, text, line: at.position?.start.line ?? 0 };
}

/** Blocks that carry text for the reader: not headings, rules, comments or the section's own bold line. */
function isProse(node: RootContent, section: Pick<Section, 'depth' | 'offset' | 'heading'>): boolean {
  if (node.type === 'heading' || node.type === 'thematicBreak' || node.type === 'definition') return false;
  if (node.type === 'html') return !/^\s*(<!--[\s\S]*-->|<\/?br\s*\.?\/?>)\s*$/i.test(node.value);
  // An embedded bold heading line shares its paragraph with the first step.
  return !(section.depth === 0 && node.position?.start.offset === section.offset && mdastText(node).trim() === section.heading);
}
