import type { RootContent } from 'mdast';
import { RESERVED_NAMES } from '../../content/headings';
import type { Section } from '../../content/model';
import { reservedSections } from '../sections';
import type { LintRule } from '../types';

// HTML comments (author notes, markers) render as nothing, so a section holding only them is empty to readers.
const isVisible = (node: RootContent) => !(node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value));
const level = (s: Section) => (s.depth === 0 ? 2 : s.depth);

/** An empty reserved section (105 real Documents sections) shows a bare heading in the portal. */
export const rule: LintRule = {
  id: 'section-empty',
  severity: 'warning',
  description: 'Recommended Steps or Recommended Documents has a heading but no content.',
  check({ article, text, report }) {
    const { sections } = article.body;
    for (const s of reservedSections(article, text)) {
      // A sub-heading right under it is content too (`### Option A` with the steps below).
      const next = sections[sections.indexOf(s.section) + 1];
      if (s.section.nodes.some(isVisible) || (next && level(next) > level(s.section))) continue;
      report(s.at, `\`${RESERVED_NAMES[s.role]}\` has no content; add ${s.role === 'steps' ? 'steps' : 'links'} under it or remove the heading`);
    }
  },
};
