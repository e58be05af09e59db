import { toCloudId } from '../../clouds';
import { attributeItems } from '../source';
import type { LintRule } from '../types';

/**
 * A cloud in both `cloudEnvironments` and `disableClouds` (9 real files) leaves the reader guessing which
 * the author meant; the portal hides it, so the listing in cloudEnvironments is dead weight or a mistake.
 */
export const rule: LintRule = {
  id: 'cloud-enabled-and-disabled',
  severity: 'warning',
  description: 'A cloud is listed in both `cloudEnvironments` and `disableClouds`.',
  check({ article, text, report }) {
    const enabled = new Set(article.meta.cloudEnvironments);
    for (const item of attributeItems(article, text, 'disableClouds')) {
      const cloud = toCloudId(item.value);
      if (!cloud || !enabled.has(cloud)) continue;
      report(item.at, `Cloud \`${item.value}\` is in both \`cloudEnvironments\` and \`disableClouds\`; remove it from one so the intent is clear`);
    }
  },
};
