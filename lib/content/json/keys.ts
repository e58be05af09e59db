/**
 * Key spelling in JSON bodies varies (`controltype`, `DropdownOptions`, `Text`, `infoBallonText`; FORMAT.md §4.1).
 * Keys are mapped to the schema's spelling before validation and every rename is remembered, so it can be
 * reported at its place. Typos map through an explicit alias table rather than fuzzy matching.
 */
import { type Node as JsonNode, parseTree } from 'jsonc-parser';

export type JsonPath = Array<string | number>;

export interface KeyRename {
  /** Path of the object holding the key, in schema spelling. */
  path: JsonPath;
  from: string;
  to: string;
}

/** Folded spelling → schema spelling, built from a list of known keys plus typo aliases. */
export function keyTable(keys: readonly string[], aliases: Record<string, string> = {}): Map<string, string> {
  const table = new Map<string, string>(keys.map((k) => [k.toLowerCase(), k]));
  for (const [typo, key] of Object.entries(aliases)) table.set(typo.toLowerCase(), key);
  return table;
}

/** Returns a copy of `value` with keys in schema spelling; renames are appended to `renames`. */
export function normaliseKeys(value: unknown, table: Map<string, string>, renames: KeyRename[], path: JsonPath = []): unknown {
  if (Array.isArray(value)) return value.map((v, i) => normaliseKeys(v, table, renames, [...path, i]));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  const entries = Object.entries(value);
  const present = new Set(entries.map(([k]) => k));
  for (const [key, v] of entries) {
    const canonical = table.get(key.toLowerCase());
    // Keep the author's key when it is already right, unknown, or when both spellings are present.
    const target = canonical && canonical !== key && !present.has(canonical) ? canonical : key;
    if (target !== key) renames.push({ path, from: key, to: target });
    out[target] = normaliseKeys(v, table, renames, [...path, target]);
  }
  return out;
}

/** Whether a parsed JSON value is an object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The value `normaliseKeys` would put under `key` (schema spelling) in a parsed object, read without copying the
 * object: the key as spelled when the author wrote it so, else the last key spelled in another case.
 */
export function keyedValue(object: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(object, key)) return object[key];
  const folded = key.toLowerCase();
  let value: unknown;
  for (const k of Object.keys(object)) if (k.toLowerCase() === folded) value = object[k];
  return value;
}

/** Finds offsets in JSON text for schema paths; parses the tree only when first asked (problems are rare). */
export class JsonLocator {
  private root: JsonNode | undefined | null = null;

  constructor(
    private readonly text: string,
    private readonly table: Map<string, string>,
  ) {}

  /** Offset of the value at `path` (or of its key when `key` is true), else of the deepest existing parent. */
  offsetOf(path: JsonPath, key = false): number {
    if (this.root === null) this.root = parseTree(this.text, [], { allowTrailingComma: true });
    let node = this.root;
    if (!node) return 0;
    let keyOffset = node.offset;
    for (const seg of path) {
      const next = this.child(node, seg);
      if (!next) return node.offset;
      keyOffset = next.keyOffset;
      node = next.value;
    }
    return key ? keyOffset : node.offset;
  }

  private child(node: JsonNode, seg: string | number): { value: JsonNode; keyOffset: number } | undefined {
    if (node.type === 'array' && typeof seg === 'number') {
      const value = node.children?.[seg];
      return value && { value, keyOffset: value.offset };
    }
    if (node.type !== 'object') return undefined;
    for (const prop of node.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (!k || !v || typeof k.value !== 'string') continue;
      if (k.value === seg || this.table.get(k.value.toLowerCase()) === seg) return { value: v, keyOffset: k.offset };
    }
    return undefined;
  }
}
