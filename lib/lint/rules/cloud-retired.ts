import { CLOUDS, toCloudId } from '../../clouds';
import { attributeItems } from '../source';
import type { LintRule } from '../types';

/**
 * Azure Germany (`blackforest`) closed in 2021, yet 2,017+ files still list it. Harmless to readers, hence
 * only info: it tells authors the entry can go the next time the article is touched.
 */
export const rule: LintRule = {
  id: 'cloud-retired',
  severity: 'info',
  description: '`cloudEnvironments` lists a retired cloud (`blackforest`).',
  check({ article, text, report }) {
    for (const item of attributeItems(article, text, 'cloudEnvironments')) {
      const cloud = toCloudId(item.value);
      if (!cloud || !CLOUDS[cloud].retired) continue;
      report(item.at, `Cloud \`${item.value}\` is retired (${CLOUDS[cloud].note}); remove it from \`cloudEnvironments\``);
    }
  },
};
