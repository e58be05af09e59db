/**
 * Names for support topic and product ids, which are bare numbers or GUIDs in the properties blocks. A support
 * topic description article (FORMAT.md §4.2) names its product's topics; where no such article names an id, the
 * label is derived: the commonest service among the articles carrying it. Each label says which it is.
 */

import { isRecord, keyedValue } from '../content/json/keys';
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

/**
 * The names in the JSON body of a support topic description article; none when the body cannot be read. Read
 * straight from the parsed JSON, not through the body's schema (json/supportTopic.ts): this runs on every such
 * article at start-up, where validating whole bodies took 80 ms of a first start, and a name needs only what the
 * schema would keep of it. A topic counts when its `id` and `shortDescription` are strings (what the schema keeps;
 * anything else it drops), and keys are matched in any case, as `normaliseKeys` matches them.
 */
export function describedNames(body: string): DescribedNames {
  const none: DescribedNames = { topics: [], product: null };
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  if (start === -1 || end < start) return none;
  const data = readJson(body.slice(start, end + 1)).value;
  if (!isRecord(data)) return none;
  const topics: Array<[string, string]> = [];
  const list = keyedValue(data, 'supportTopics');
  for (const t of Array.isArray(list) ? list : []) {
    if (!isRecord(t)) continue;
    const id = keyedValue(t, 'id');
    const description = keyedValue(t, 'shortDescription');
    if (typeof id !== 'string' || typeof description !== 'string') continue;
    const name = shortName(description);
    if (id && name) topics.push([id.trim().toLowerCase(), name]);
  }
  const product = keyedValue(data, 'shortDescription');
  return { topics, product: typeof product === 'string' ? shortName(product) : null };
}
