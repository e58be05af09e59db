import type { RootContent } from 'mdast';
import { ROLE_NAMES, reservedSections } from '../sections';
import type { LintRule } from '../types';

// HTML comments (author notes, markers) render as nothing, so a section holding only them is empty to readers.
const isVisible = (node: RootContent) => !(node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value));

/** An empty reserved section (105 real Documents sections) shows a bare heading in the portal. */
export const rule: LintRule = {
  id: 'section-empty',
  severity: 'warning',
  description: 'Recommended Steps or Recommended Documents has a heading but no content.',
  check({ article, text, report }) {
    for (const s of reservedSections(article, text)) {
      if (s.section.nodes.some(isVisible)) continue;
      report(s.at, `\`${ROLE_NAMES[s.role]}\` has no content; add ${s.role === 'steps' ? 'steps' : 'links'} under it or remove the heading`);
    }
  },
};
