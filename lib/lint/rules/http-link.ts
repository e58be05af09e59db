import { linkTargets } from '../links';
import { shorten } from '../source';
import type { LintRule } from '../types';

/**
 * Plain `http://` links are downgraded or blocked as mixed content in the portal, which is served over
 * HTTPS; nearly every host linked from self-help content serves HTTPS.
 */
export const rule: LintRule = {
  id: 'http-link',
  severity: 'warning',
  description: 'A link uses `http://` instead of `https://`.',
  check({ article, text, report }) {
    for (const link of linkTargets(article, text)) {
      if (!/^\s*http:\/\//i.test(link.url)) continue;
      report(link.at, `Link \`${shorten(link.url)}\` uses \`http://\`; expected \`https://\``);
    }
  },
};
