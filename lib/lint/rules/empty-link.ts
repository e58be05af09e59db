import { linkTargets } from '../links';
import type { LintRule } from '../types';

// The templates' placeholder `(https://)` is left in place surprisingly often: a scheme with no host.
const SCHEME_ONLY = /^\s*https?:\/*\s*$/i;

/** A link with no target goes nowhere (or reloads the page), which readers take for a broken article. */
export const rule: LintRule = {
  id: 'empty-link',
  severity: 'error',
  description: 'A link or image has an empty target, or only `https://` with no host.',
  check({ article, text, report }) {
    for (const link of linkTargets(article, text)) {
      const what = link.kind === 'image' ? 'Image' : 'Link';
      if (link.url.trim() === '') {
        report(link.at, `${what} has an empty target \`()\`; expected a URL or a \`data-blade:\` target`);
      } else if (SCHEME_ONLY.test(link.url)) {
        report(link.at, `${what} target \`${link.url.trim()}\` has no host; expected a full URL`);
      }
    }
  },
};
