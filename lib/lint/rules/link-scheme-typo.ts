import { LINK_SCHEMES } from '../../content/schemes';
import { linkTargets } from '../links';
import type { LintRule } from '../types';

const SCHEME = /^\s*([a-z][a-z0-9+.-]+):/i;

/** Edit distance, small inputs only (schemes are short). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * `ttps:`, `htps:`, `datablade:`, `data-blades:` make a link the browser cannot follow (or a relative one
 * into the portal). Known schemes (lib/content/schemes.ts) are compared case-insensitively, so `mailTo:` is fine;
 * unknown schemes far from every known one (`ftp:`, `tel:`) are left alone: not typos.
 */
export const rule: LintRule = {
  id: 'link-scheme-typo',
  severity: 'error',
  description: 'A link scheme is a misspelling of a known one (`ttps:`, `datablade:`, …).',
  check({ article, text, report }) {
    for (const link of linkTargets(article, text)) {
      const written = SCHEME.exec(link.url)?.[1];
      const scheme = written?.toLowerCase();
      if (!written || !scheme || LINK_SCHEMES.includes(scheme)) continue;
      const allowed = scheme.length <= 5 ? 1 : 2;
      const best = LINK_SCHEMES.map((s) => ({ s, d: distance(scheme, s) })).sort((a, b) => a.d - b.d)[0];
      if (!best || best.d > allowed) continue;
      report(link.at, `Link scheme \`${written}:\` is not one the portal knows; did you mean \`${best.s}:\`?`);
    }
  },
};
