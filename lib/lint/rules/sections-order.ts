import { RESERVED_NAMES } from '../../content/headings';
import { reservedSections } from '../sections';
import type { LintRule } from '../types';

/**
 * The templates fix the order H1, Recommended Steps, Recommended Documents; the portal renders sections as
 * written, so Documents first puts reading before doing and breaks the look shared by every article.
 */
export const rule: LintRule = {
  id: 'sections-order',
  severity: 'warning',
  description: 'Recommended Documents comes before Recommended Steps.',
  check({ article, text, report }) {
    const sections = reservedSections(article, text);
    const documents = sections.find((s) => s.role === 'documents');
    if (!documents) return;
    const steps = sections.find((s) => s.role === 'steps' && s.section.offset > documents.section.offset);
    // A Steps section that also appears before Documents is in order; the later one is section-repeated's.
    if (!steps || sections.some((s) => s.role === 'steps' && s.section.offset < documents.section.offset)) return;
    report(
      steps.at,
      `\`${RESERVED_NAMES.steps}\` comes after \`${RESERVED_NAMES.documents}\` (line ${documents.at.line}); expected Steps first, then Documents`,
    );
  },
};
