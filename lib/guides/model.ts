/**
 * Troubleshooting guides: a `TSG_Description` (the summary) with the `TSG_Content` checks and solutions and the
 * `TSG_Questions` form the grouping rule (group.ts) gives it. Built from metadata alone, so the catalog can hold
 * every guide from start-up; node bodies are parsed only when a guide is viewed.
 */
import type { CatalogMeta, CloudId } from '../content/model';
import { baseName, type NodeRole } from './names';

/** One node of a guide and how the rule placed it. */
export interface GuideNode {
  meta: CatalogMeta;
  role: NodeRole;
  /** `folder`: it shares the description's folder; `stem`: same service, resource and name stem elsewhere. */
  placedBy: 'folder' | 'stem';
}

/** One guide, keyed by its description's articleId. */
export interface Guide {
  id: string;
  description: CatalogMeta;
  title: string;
  folder: string;
  service: string | null;
  /** Where the guide is offered: the description's clouds. */
  clouds: CloudId[];
  /** Checks in walking order (displayOrder, then the order hints of names.ts, then title). */
  checks: GuideNode[];
  solutions: GuideNode[];
  questions: GuideNode[];
}

/** A node the rule could not give to any guide, and why, for `/diagnostics`. */
export interface UnplacedNode {
  meta: CatalogMeta;
  reason: string;
}

/** Every guide of a catalog, with lookups by description id and by node file. */
export class GuideSet {
  private readonly ids = new Map<string, Guide>();
  private readonly files = new Map<string, Guide[]>();

  constructor(
    readonly guides: readonly Guide[],
    readonly unplaced: readonly UnplacedNode[],
  ) {
    for (const guide of guides) {
      const key = guide.id.toLowerCase();
      // A duplicated description id keeps its first guide; the duplicate is reported with the other duplicates.
      if (!this.ids.has(key)) this.ids.set(key, guide);
      for (const node of [guide.description, ...[...guide.checks, ...guide.solutions, ...guide.questions].map((n) => n.meta)]) {
        const list = this.files.get(node.file);
        if (list) list.push(guide);
        else this.files.set(node.file, [guide]);
      }
    }
  }

  /** The guide of a description id (case-insensitive). */
  byId(id: string): Guide | undefined {
    return this.ids.get(id.trim().toLowerCase());
  }

  /** Guides an article belongs to, as description or node (several when a folder holds several descriptions). */
  ofFile(file: string): readonly Guide[] {
    return this.files.get(file) ?? [];
  }

  /** Guides with neither checks nor solutions: their nodes are elsewhere or not in this catalog. */
  empty(): Guide[] {
    return this.guides.filter((g) => g.checks.length === 0 && g.solutions.length === 0);
  }
}

/** How many checks, solutions and questions a guide has. */
export function nodeCount(guide: Guide): number {
  return guide.checks.length + guide.solutions.length + guide.questions.length;
}

/** What a guide shows in one cloud: nodes not offered there are left out. */
export function guideInCloud(guide: Guide, cloud: CloudId): Guide {
  const keep = (nodes: GuideNode[]) => nodes.filter((n) => n.meta.availableIn.includes(cloud));
  return { ...guide, checks: keep(guide.checks), solutions: keep(guide.solutions), questions: keep(guide.questions) };
}

/** What a node is called on the page: its title, else its file name in words (a few real nodes have no title). */
export function nodeTitle(meta: CatalogMeta): string {
  return meta.title || baseName(meta.file).replace(/[-_]+/g, ' ').trim() || meta.articleId;
}
