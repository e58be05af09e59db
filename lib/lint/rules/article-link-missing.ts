import { articleLinkTargets } from '../../content/articleLinks';
import { perSet } from '../perSet';
import type { LintRule } from '../types';

// Folded ids of a linted set, built once per set (the rule runs once per file).
const idsOf = perSet((all) => new Set(all.map((a) => a.articleId.toLowerCase())));

/**
 * A tile (or other article-id link) names an article the linted set does not have: in the portal it opens "Page
 * not found". Metadata only: targets come from the text (`articleLinkTargets`), ids from the set's metadata. A
 * set of one file (linting or previewing it alone) cannot tell what is missing, so the rule is quiet there.
 */
export const rule: LintRule = {
  id: 'article-link-missing',
  severity: 'warning',
  description: 'A link names an articleId that no file of the linted set has.',
  check({ text, all, report }) {
    if (all.length <= 1) return;
    const ids = idsOf(all);
    for (const t of articleLinkTargets(text)) {
      if (ids.has(t.articleId.toLowerCase())) continue;
      report({ line: t.line, column: t.column }, `\`${t.via}\` names article \`${t.articleId}\`, which no file of the linted set has`, {
        line: t.line,
        column: t.endColumn,
      });
    }
  },
};
