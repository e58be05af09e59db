/**
 * Every table of `/insights`, by URL name: what it shows and how to build it from the catalog and the store.
 * Feedback and search tables need the database; when it cannot answer they come back empty with `unavailable`.
 */
import type { Catalog } from '../catalog/catalog';
import {
  type FeedbackFilter,
  type FeedbackGroup,
  feedbackByArticle,
  feedbackByOwner,
  isStoreUnavailable,
  latestComments,
  type Store,
  searchGaps,
} from '../store';
import { brokenLinks, displayOrderCollisions, duplicateIds, noLiveCloud, topicGaps } from './coverage';
import { type InsightsFilters, ownedBy } from './filters';
import { lintHistogram } from './lint';
import { type Cell, type Column, formatCounts, type Table } from './table';

export interface InsightsContext {
  catalog: Catalog;
  store: Store;
  filters: InsightsFilters;
}

type Rows = Record<string, Cell>[];
interface Spec {
  title: string;
  description: string;
  columns: [string, string][];
  rows(ctx: InsightsContext): Rows | Promise<Rows>;
}

const percent = (part: number, whole: number) => (whole ? Math.round((100 * part) / whole) : 0);

/** The store filter for the page filters; the team as the catalog spells it, so exact matching in SQL works. */
function storeFilter({ catalog, filters }: InsightsContext): FeedbackFilter {
  const owner = filters.ownershipId ? (catalog.all().find((m) => ownedBy(m.ownershipId, filters))?.ownershipId ?? filters.ownershipId) : undefined;
  return { ...(owner ? { ownershipId: owner } : {}), ...(filters.cloud ? { cloud: filters.cloud } : {}) };
}

/** Support topics of the filter's team, so searches can be narrowed to the topics a team answers for. */
function teamTopics({ catalog, filters }: InsightsContext): string[] | undefined {
  if (!filters.ownershipId) return undefined;
  return [
    ...new Set(
      catalog
        .all()
        .filter((m) => ownedBy(m.ownershipId, filters))
        .flatMap((m) => m.supportTopicIds),
    ),
  ];
}

async function searchRows(ctx: InsightsContext, kind: 'no-results' | 'no-clicks'): Promise<Rows> {
  const rows = await ctx.store.run((db) => searchGaps(db, kind, { cloud: ctx.filters.cloud, topics: teamTopics(ctx) }));
  return rows.map((r) => ({ ...r, cloud: r.cloud || 'any', topic: r.topic || 'any' }));
}

const FEEDBACK_COLUMNS: [string, string][] = [
  ['votes', 'Votes'],
  ['helpful', 'Helpful'],
  ['notHelpful', 'Not helpful'],
  ['helpfulPercent', 'Helpful %'],
  ['reasons', 'Reasons'],
  ['lastVoteAt', 'Last vote'],
];

/** The FEEDBACK_COLUMNS cells of one group of votes. */
function feedbackCells(g: FeedbackGroup): Record<string, Cell> {
  return {
    votes: g.votes,
    helpful: g.helpful,
    notHelpful: g.notHelpful,
    helpfulPercent: percent(g.helpful, g.votes),
    reasons: formatCounts(g.reasons),
    lastVoteAt: g.lastVoteAt,
  };
}
const SEARCH_COLUMNS: [string, string][] = [
  ['day', 'Day'],
  ['cloud', 'Cloud'],
  ['topic', 'Support topic'],
  ['query', 'Query'],
  ['searches', 'Searches'],
  ['results', 'Results'],
  ['clicks', 'Clicks'],
];

const SPECS: Record<string, Spec> = {
  'feedback-articles': {
    title: 'Feedback per article',
    description: 'Votes on each article ("Was this helpful?"), most voted first.',
    columns: [['articleId', 'Article'], ['title', 'Title'], ['ownershipId', 'Owner'], ...FEEDBACK_COLUMNS],
    rows: async (ctx) =>
      (await ctx.store.run((db) => feedbackByArticle(db, storeFilter(ctx)))).map((g) => ({
        articleId: g.key,
        title: ctx.catalog.byId(g.key)[0]?.title ?? '',
        ownershipId: g.ownershipId,
        ...feedbackCells(g),
      })),
  },
  'feedback-owners': {
    title: 'Feedback per owner',
    description: 'Votes on all articles of each ownershipId.',
    columns: [['ownershipId', 'Owner'], ...FEEDBACK_COLUMNS],
    rows: async (ctx) =>
      (await ctx.store.run((db) => feedbackByOwner(db, storeFilter(ctx)))).map((g) => ({
        ownershipId: g.key || '(none)',
        ...feedbackCells(g),
      })),
  },
  comments: {
    title: 'Latest comments',
    description: 'The 50 newest comments, as readers wrote them.',
    columns: [
      ['at', 'When'],
      ['articleId', 'Article'],
      ['ownershipId', 'Owner'],
      ['helpful', 'Helpful'],
      ['reason', 'Reason'],
      ['cloud', 'Cloud'],
      ['comment', 'Comment'],
    ],
    rows: async (ctx) => (await ctx.store.run((db) => latestComments(db, storeFilter(ctx)))).map((c) => ({ ...c, helpful: c.helpful ? 'Yes' : 'No' })),
  },
  'topic-gaps': {
    title: 'Support topics missing from a live cloud',
    description: 'Topics with articles in some live clouds and none in the others (with a cloud filter: missing from that cloud).',
    columns: [
      ['supportTopicId', 'Support topic'],
      ['articles', 'Articles'],
      ['clouds', 'Covered in'],
      ['missing', 'Missing in'],
      ['owners', 'Owners'],
    ],
    rows: ({ catalog, filters }) => topicGaps(catalog.all(), filters),
  },
  'no-live-cloud': {
    title: 'Articles in no live cloud',
    description: 'Articles shown only in the retired cloud, or in none once disableClouds is applied.',
    columns: [
      ['articleId', 'Article'],
      ['title', 'Title'],
      ['file', 'File'],
      ['ownershipId', 'Owner'],
      ['availableIn', 'Available in'],
    ],
    rows: ({ catalog, filters }) => noLiveCloud(catalog.all(), filters),
  },
  'display-order': {
    title: 'displayOrder collisions',
    description: 'Articles of one support topic with the same displayOrder: their order falls back to the title.',
    columns: [
      ['supportTopicId', 'Support topic'],
      ['displayOrder', 'displayOrder'],
      ['count', 'Articles'],
      ['articles', 'Article ids'],
      ['owners', 'Owners'],
    ],
    rows: ({ catalog, filters }) => displayOrderCollisions(catalog.all(), filters),
  },
  'duplicate-ids': {
    title: 'Duplicate article ids',
    description: 'Ids used by more than one file.',
    columns: [
      ['articleId', 'Article id'],
      ['count', 'Files'],
      ['files', 'File names'],
      ['owners', 'Owners'],
    ],
    rows: ({ catalog, filters }) => duplicateIds(catalog.duplicates(), filters),
  },
  'broken-links': {
    title: 'Links to missing articles',
    description: 'Diagnose-and-solve tiles naming an article id the catalog does not have (the only article-id links the format has).',
    columns: [
      ['articleId', 'In article'],
      ['file', 'File'],
      ['line', 'Line'],
      ['ownershipId', 'Owner'],
      ['kind', 'Field'],
      ['target', 'Missing article id'],
    ],
    rows: ({ catalog, filters }) => brokenLinks(catalog.missingArticleLinks(), filters),
  },
  lint: {
    title: 'Lint findings per owner',
    description: 'Metadata rules only (properties block): findings per rule, and how many articles have them.',
    columns: [
      ['ownershipId', 'Owner'],
      ['ruleId', 'Rule'],
      ['severity', 'Severity'],
      ['count', 'Findings'],
      ['articles', 'Articles'],
    ],
    rows: ({ catalog, filters }) => lintHistogram(catalog.all(), filters, (meta) => catalog.fullMeta(meta)),
  },
  'searches-no-results': {
    title: 'Searches that found nothing',
    description: 'Normalised queries per day, cloud and support topic that returned no article (last 90 days).',
    columns: SEARCH_COLUMNS,
    rows: (ctx) => searchRows(ctx, 'no-results'),
  },
  'searches-no-clicks': {
    title: 'Searches nobody clicked',
    description: 'Queries that found articles, none of which was opened (last 90 days).',
    columns: SEARCH_COLUMNS,
    rows: (ctx) => searchRows(ctx, 'no-clicks'),
  },
};

/** Every table name, in page order. */
export const TABLE_NAMES = Object.keys(SPECS);

/** Builds one table; undefined for an unknown name. A database that cannot answer makes an `unavailable` table. */
export async function buildTable(name: string, ctx: InsightsContext): Promise<Table | undefined> {
  const spec = Object.hasOwn(SPECS, name) ? SPECS[name] : undefined;
  if (!spec) return undefined;
  const columns: Column[] = spec.columns.map(([key, label]) => ({ key, label }));
  const base = { name, title: spec.title, description: spec.description, columns };
  try {
    return { ...base, rows: await spec.rows(ctx) };
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    return { ...base, rows: [], unavailable: `The database is unavailable: ${error.message}` };
  }
}
