/**
 * Coverage holes computed from catalog metadata alone (pure): support topics missing from a live cloud, articles
 * shown in no live cloud, displayOrder collisions within a topic, duplicate ids, and links to missing articles.
 */
import type { MissingArticleLink } from '../catalog/catalog';
import { LIVE_CLOUDS } from '../clouds';
import type { CatalogMeta } from '../content/model';
import { type InsightsFilters, ownedBy } from './filters';

const list = (values: Iterable<string>) => [...values].join(', ');
const owners = (metas: readonly CatalogMeta[]) => list(new Set(metas.map((m) => m.ownershipId ?? '').filter(Boolean)));

function byTopic(all: readonly CatalogMeta[]): Map<string, CatalogMeta[]> {
  const topics = new Map<string, CatalogMeta[]>();
  for (const meta of all) for (const t of meta.supportTopicIds) topics.set(t, [...(topics.get(t) ?? []), meta]);
  return topics;
}

/** Topics with articles in some live clouds and none in another (the filter's cloud, when set, must be missing). */
export function topicGaps(all: readonly CatalogMeta[], filters: InsightsFilters) {
  const rows = [];
  for (const [topic, metas] of byTopic(all)) {
    if (!metas.some((m) => ownedBy(m.ownershipId, filters))) continue;
    const covered = new Set(metas.flatMap((m) => m.availableIn));
    const present = LIVE_CLOUDS.filter((c) => covered.has(c));
    const missing = LIVE_CLOUDS.filter((c) => !covered.has(c));
    if (present.length === 0 || missing.length === 0) continue;
    if (filters.cloud && !missing.includes(filters.cloud)) continue;
    rows.push({ supportTopicId: topic, articles: metas.length, clouds: list(present), missing: list(missing), owners: owners(metas) });
  }
  return rows.sort((a, b) => b.articles - a.articles || a.supportTopicId.localeCompare(b.supportTopicId));
}

/** Articles whose clouds, after disableClouds, include no live cloud (only the retired one, or none). */
export function noLiveCloud(all: readonly CatalogMeta[], filters: InsightsFilters) {
  return all
    .filter((m) => ownedBy(m.ownershipId, filters) && !m.availableIn.some((c) => LIVE_CLOUDS.includes(c)))
    .map((m) => ({ articleId: m.articleId, title: m.title, file: m.file, ownershipId: m.ownershipId, availableIn: list(m.availableIn) || '(none)' }));
}

/** Articles of one topic sharing a displayOrder, so their order is left to the title (filtered by cloud shown). */
export function displayOrderCollisions(all: readonly CatalogMeta[], filters: InsightsFilters) {
  const rows = [];
  for (const [topic, metas] of byTopic(all)) {
    const orders = new Map<number, CatalogMeta[]>();
    for (const m of metas) {
      if (m.displayOrder === null || (filters.cloud && !m.availableIn.includes(filters.cloud))) continue;
      orders.set(m.displayOrder, [...(orders.get(m.displayOrder) ?? []), m]);
    }
    for (const [order, group] of orders) {
      if (group.length < 2 || !group.some((m) => ownedBy(m.ownershipId, filters))) continue;
      rows.push({ supportTopicId: topic, displayOrder: order, count: group.length, articles: list(group.map((m) => m.articleId)), owners: owners(group) });
    }
  }
  return rows.sort((a, b) => a.supportTopicId.localeCompare(b.supportTopicId) || a.displayOrder - b.displayOrder);
}

/** Ids used by more than one file. */
export function duplicateIds(groups: readonly { articleId: string; files: CatalogMeta[] }[], filters: InsightsFilters) {
  return groups
    .filter((g) => g.files.some((m) => ownedBy(m.ownershipId, filters)))
    .map((g) => ({ articleId: g.articleId, count: g.files.length, files: list(g.files.map((m) => m.file)), owners: owners(g.files) }));
}

/** Diagnose-and-solve tiles (the format's only article-id links) naming an article id the catalog does not have. */
export function brokenLinks(missing: readonly MissingArticleLink[], filters: InsightsFilters) {
  return missing
    .filter(({ from }) => ownedBy(from.ownershipId, filters) && (!filters.cloud || from.availableIn.includes(filters.cloud)))
    .map(({ from, file, line, via, articleId }) => ({ articleId: from.articleId, file, line, ownershipId: from.ownershipId, kind: via, target: articleId }));
}
