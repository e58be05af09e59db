import { scanBody } from '../nodes';
import type { LintRule } from '../types';

// DocFX alerts (`> [!NOTE]`) and the older `[AZURE.NOTE]` form; `[!INCLUDE]` and the like never occur.
const ALERT = /\[(!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)|AZURE\.(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION))\]/gi;

/**
 * Microsoft Docs alert syntax is not supported by the portal (CommonSolutions and TSG templates): the tag
 * is shown literally. Plain text (`**Note:**`) says the same and renders everywhere.
 */
export const rule: LintRule = {
  id: 'no-alerts',
  severity: 'warning',
  description: 'A DocFX alert (`[!NOTE]`, `[AZURE.NOTE]`, …) is used; the portal shows it as literal text.',
  check({ article, text, report }) {
    scanBody(article, text, ALERT, (m, at) => {
      const kind = (m[1] ?? '').replace(/^!|^AZURE\./i, '');
      const label = kind.charAt(0).toUpperCase() + kind.slice(1).toLowerCase();
      report(at, `Alert tag \`${m[0]}\` is shown literally in the portal; expected plain text such as \`**${label}:**\``);
    });
  },
};
