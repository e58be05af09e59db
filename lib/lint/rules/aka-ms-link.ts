import { linkTargets, parseUrl } from '../links';
import { shorten } from '../source';
import type { LintRule } from '../types';

/**
 * aka.ms short links hide where they go, can be re-pointed by anyone who owns them, and do not follow the
 * reader's cloud; the templates ask for the full target URL instead.
 */
export const rule: LintRule = {
  id: 'aka-ms-link',
  severity: 'warning',
  description: 'A link goes through the aka.ms URL shortener.',
  check({ article, text, report }) {
    for (const link of linkTargets(article, text)) {
      const host = parseUrl(link.url)?.hostname.toLowerCase();
      if (host !== 'aka.ms' && host !== 'www.aka.ms') continue;
      report(link.at, `Short link \`${shorten(link.url)}\` hides its target; expected the full URL it redirects to`);
    }
  },
};
