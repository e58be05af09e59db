/**
 * What the index knows about facet values beyond their rows: the display spelling of each service, labels for
 * support topic and product ids (named by description articles, else derived), and the lookups that tell a
 * pasted token for an id or a service name.
 */
import type { IdLookup, SearchHint } from '../search/ids';
import type { FacetDisplay } from './facets';
import type { FacetName } from './filters';
import type { ValueLabel } from './labels';
import type { CatalogEntry } from './rows';

interface NamedRow {
  entry: CatalogEntry;
  values: readonly (readonly string[])[];
}

const TOPIC = 1;
const PRODUCT = 2;
const SERVICE = 3;

export class ValueNames implements FacetDisplay {
  /** Display spelling of each folded service: the first with capitals (`Microsoft.KeyVault`), else the first seen. */
  private readonly services = new Map<string, string>();
  /** Last part of a service name (`keyvault`) → the folded service with the most articles. */
  private readonly shortServices = new Map<string, string>();
  /** Per facet dimension, folded value → value as the catalog spells it (GUIDs come in either case). */
  private readonly folded = new Map<number, Map<string, string>>();
  private readonly labels = new Map<number, Map<string, ValueLabel>>();

  constructor(rows: readonly NamedRow[], postings: ReadonlyArray<ReadonlyMap<string, readonly NamedRow[]>>) {
    for (const row of rows) {
      const spelled = row.entry.meta.service;
      const service = row.values[SERVICE]?.[0];
      const known = service ? this.services.get(service) : undefined;
      if (service && spelled && (known === undefined || (known === service && spelled !== service))) this.services.set(service, spelled);
    }
    const serviceRows = postings[SERVICE] ?? new Map();
    for (const [service] of [...serviceRows].sort((a, b) => b[1].length - a[1].length)) {
      const short = service.split('.').pop() ?? service;
      if (short.length >= 3 && !this.shortServices.has(short)) this.shortServices.set(short, service);
    }
    for (const dim of [TOPIC, PRODUCT]) {
      this.folded.set(dim, new Map([...(postings[dim]?.keys() ?? [])].map((v) => [v.toLowerCase(), v])));
      this.labels.set(dim, this.labelsOf(dim, rows, postings[dim] ?? new Map()));
    }
  }

  /** Display spelling of a facet value (services keep their first-seen spelling). */
  display(name: FacetName, value: string): string {
    return name === 'service' ? (this.services.get(value) ?? value) : value;
  }

  /** Label of a topic or product id, if any. */
  label(name: FacetName, value: string): ValueLabel | undefined {
    const dim = name === 'supportTopicId' ? TOPIC : name === 'productPesId' ? PRODUCT : -1;
    return this.labels.get(dim)?.get(value.toLowerCase());
  }

  /** A hint with its label: the topic's or product's name, the service's spelling. */
  labelHint(hint: SearchHint): SearchHint {
    const label = hint.kind === 'service' ? this.services.get(hint.value) : this.label(hint.kind, hint.value)?.label;
    return label ? { ...hint, label } : hint;
  }

  /** The id lookups for query understanding; `articleId` is answered by the index's id map. */
  lookup(articleId: (token: string) => string | undefined): IdLookup {
    return {
      articleId,
      supportTopicId: (t) => this.folded.get(TOPIC)?.get(t.toLowerCase()),
      productPesId: (t) => this.folded.get(PRODUCT)?.get(t.toLowerCase()),
      service: (t) => {
        const f = t.toLowerCase();
        return this.services.has(f) ? f : this.shortServices.get(f);
      },
    };
  }

  // Described names win; every other value is labelled by the commonest service among its articles.
  private labelsOf(dim: number, rows: readonly NamedRow[], postings: ReadonlyMap<string, readonly NamedRow[]>): Map<string, ValueLabel> {
    const out = new Map<string, ValueLabel>();
    const counts = new Map<string, number>();
    for (const [value, list] of postings) {
      const service = commonestService(list, counts);
      if (service) out.set(value.toLowerCase(), { label: this.services.get(service) ?? service, labelSource: 'derived' });
    }
    for (const { entry } of rows) {
      if (!entry.names) continue;
      const named: Array<[string, string]> = dim === TOPIC ? entry.names.topics : entry.meta.productPesIds.map((p) => [p, entry.names?.product ?? '']);
      for (const [id, label] of named) if (label) out.set(id.toLowerCase(), { label, labelSource: 'topic-description' });
    }
    return out;
  }
}

/**
 * The most frequent service among `rows` (ties: the first to reach the top count); '' when none has one. One pass,
 * with a map the caller reuses: this runs for each of the catalog's thousands of topic and product ids at start-up,
 * and most have a single article.
 */
export function commonestService(rows: readonly NamedRow[], counts = new Map<string, number>()): string {
  if (rows.length === 1) return rows[0]?.values[SERVICE]?.[0] ?? '';
  counts.clear();
  let best = '';
  let top = 0;
  for (const row of rows) {
    const service = row.values[SERVICE]?.[0];
    if (!service) continue;
    const n = (counts.get(service) ?? 0) + 1;
    counts.set(service, n);
    if (n > top) {
      top = n;
      best = service;
    }
  }
  return best;
}
