import { scanBody } from '../nodes';
import { shorten } from '../source';
import type { LintRule } from '../types';

// `[text] (target)` where the target looks like one (a scheme, `www.`, or a path): 469 real occurrences.
// Requiring a link-like target keeps prose such as "[optional] (see below)" out.
const NEAR_LINK = /\[([^\]\n]+)\]([ \t]+)\(\s*((?:[a-z][a-z-]*:|www\.|\/)[^)\s]*)\s*\)/gi;

/**
 * CommonMark does not allow a blank between `]` and `(`: the portal shows brackets, parentheses and the
 * raw URL as text. The body model already reports the form inside Recommended Documents (as
 * `link-space-before-url`, since it reads those as links); this rule covers the rest of the body.
 */
export const rule: LintRule = {
  id: 'near-link',
  severity: 'warning',
  description: '`[text] (url)` has a blank between `]` and `(`, so it is not a link.',
  check({ article, text, report }) {
    const known = new Set(article.diagnostics.filter((d) => d.ruleId === 'link-space-before-url').map((d) => d.line));
    scanBody(article, text, NEAR_LINK, (m, at) => {
      if (known.has(at.line)) return;
      const space = at.column + 1 + (m[1] ?? '').length + 1;
      report(
        { line: at.line, column: space },
        `\`[${shorten(m[1] ?? '', 30)}] (${shorten(m[3] ?? '', 40)})\` is not a link because of the blank before \`(\`; remove it`,
      );
    });
  },
};
