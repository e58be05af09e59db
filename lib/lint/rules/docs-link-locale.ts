import { linkTargets, parseUrl } from '../links';
import { linesOf, offsetAt } from '../source';
import type { LintRule } from '../types';

const DOCS_HOSTS = new Set(['docs.microsoft.com', 'learn.microsoft.com']);
const LOCALE = /^\/([a-z]{2}-[a-z]{2,4})(?=\/|$)/i;

/**
 * A locale in a docs URL (`/en-us/`) pins every reader to that language; without it the site picks the
 * reader's own. The templates exempt Mooncake content, whose readers need the Chinese pages.
 */
export const rule: LintRule = {
  id: 'docs-link-locale',
  severity: 'warning',
  description: 'A docs.microsoft.com / learn.microsoft.com link has a locale segment such as `/en-us/`.',
  check({ article, text, report }) {
    const clouds = article.meta.cloudEnvironments;
    if (clouds.length === 1 && clouds[0] === 'mooncake') return;
    for (const link of linkTargets(article, text)) {
      const url = parseUrl(link.url);
      if (!url || !DOCS_HOSTS.has(url.hostname.toLowerCase())) continue;
      const locale = LOCALE.exec(url.pathname)?.[1];
      if (!locale) continue;
      // Point at the segment itself when the source spells it as parsed (it always does for ASCII locales).
      const from = offsetAt(text, link.at);
      const segment = text.indexOf(`/${locale}`, from);
      const at = segment !== -1 && segment - from < link.url.length ? linesOf(text).at(segment) : link.at;
      report(at, `Docs link has locale segment \`/${locale}/\`; remove it so the reader's locale applies`);
    }
  },
};
