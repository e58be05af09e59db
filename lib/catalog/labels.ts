/**
 * Names for support topic and product ids, which are bare numbers or GUIDs in the properties blocks. A support
 * topic description article (FORMAT.md §4.2) names its product's topics; where no such article names an id, the
 * label is derived: the commonest service among the articles carrying it. Each label says which it is.
 */

import { validateJson } from '../content/json';
import { readJson } from '../content/json/parse';

/** A facet value's display name and where it came from. */
export interface ValueLabel {
  label: string;
  labelSource: 'topic-description' | 'derived';
}

/** Names one support topic description article gives: its topics by id, and its product. */
export interface DescribedNames {
  topics: Array<[id: string, name: string]>;
  product: string | null;
}

const MAX_LABEL = 80;

/** A short name from a description: the first sentence, or its subject (`Azure Firewall is a managed …` → `Azure Firewall`). */
export function shortName(description: string | null | undefined): string | null {
  const text = (description ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const subject = /^(.{3,60}?)\s+(?:is|are|enables|provides|lets|helps)\s/.exec(text)?.[1];
  const sentence = subject ?? text.split(/(?<=[.!?])\s/)[0] ?? text;
  const clean = sentence.replace(/[.\s]+$/, '');
  return clean.length > MAX_LABEL ? `${clean.slice(0, MAX_LABEL - 1).trimEnd()}…` : clean;
}

/** The names in the JSON body of a support topic description article; none when the body cannot be read. */
export function describedNames(body: string): DescribedNames {
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  if (start === -1 || end < start) return { topics: [], product: null };
  const { data } = validateJson('supportTopicDescription', readJson(body.slice(start, end + 1)).value);
  if (!data) return { topics: [], product: null };
  const topics: Array<[string, string]> = [];
  for (const t of data.supportTopics ?? []) {
    const name = shortName(t.shortDescription);
    if (t.id && name) topics.push([t.id.trim().toLowerCase(), name]);
  }
  return { topics, product: shortName(data.shortDescription) };
}

/** The most frequent value (ties: first seen); null for none. */
export function commonest(values: Iterable<string>): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === null || n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}
