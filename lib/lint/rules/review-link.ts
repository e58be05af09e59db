import { linkTargets, parseUrl } from '../links';
import { shorten } from '../source';
import type { LintRule } from '../types';

/**
 * `review.*` hosts (review.docs.microsoft.com) serve unpublished drafts behind Microsoft sign-in: customers
 * get an access error. An error, because the link is broken for every reader.
 */
export const rule: LintRule = {
  id: 'review-link',
  severity: 'error',
  description: 'A link points to an internal `review.*` host that customers cannot open.',
  check({ article, text, report }) {
    for (const link of linkTargets(article, text)) {
      const url = parseUrl(link.url);
      const host = url?.hostname.toLowerCase();
      if (!url || !host?.startsWith('review.')) continue;
      const published = host.slice('review.'.length);
      report(link.at, `Link \`${shorten(link.url)}\` points to internal host \`${host}\`; expected the published \`${published}\``);
    }
  },
};
