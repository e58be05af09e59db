import type { Position } from './diagnostics';
import { cleanValue } from './properties';

/** One attribute of the `<properties>` block as lexed, with its place. */
export interface PropertyAttribute {
  /** Name as written. */
  rawName: string;
  /** Canonical camelCase name when known (typos mapped), else the name as written. */
  name: string;
  known: boolean;
  /** Value with entities decoded and outer whitespace trimmed; `''` when declared empty. */
  value: string;
  /** Place of the name. */
  line: number;
  column: number;
  /** Place of the value's first character (after the opening quote). */
  valueLine: number;
  valueColumn: number;
}

/**
 * Known `<properties>` attribute names (FORMAT.md §1.6). Lookup is case-insensitive; known typos map to
 * the attribute the author meant and are reported.
 */

/** Canonical spellings of every attribute seen in real content or named by the templates. */
export const KNOWN_ATTRIBUTES = [
  'pageTitle',
  'description',
  'service',
  'resource',
  'authors',
  'ms.author',
  'displayOrder',
  'selfHelpType',
  'supportTopicIds',
  'resourceTags',
  'productPesIds',
  'cloudEnvironments',
  'disableClouds',
  'articleId',
  'ownershipId',
  'infoBubbleText',
  'diagnosticScenario',
  'schemaVersion',
  'clientIds',
  'articleTags',
  'category',
  'resourceRequired',
  'ms.service',
  'symptomId',
  'icmTeam',
  'icmService',
  'feedbackEmail',
  'productFamilyId',
  'author',
  'authorAlias',
  'documentationCenter',
  'editor',
  'searchTags',
  'mappedToBucket',
  'issueNotListed',
] as const;

export type KnownAttribute = (typeof KNOWN_ATTRIBUTES)[number];

const BY_FOLDED = new Map<string, KnownAttribute>(KNOWN_ATTRIBUTES.map((name) => [name.toLowerCase(), name]));

/** Misspellings seen in real content, mapped to what the author meant. */
const TYPOS = new Map<string, KnownAttribute>([
  ['supporttoicids', 'supportTopicIds'],
  ['infobubbletest', 'infoBubbleText'],
]);

export interface ResolvedName {
  name: string;
  known: boolean;
  /** Set when the name was a known misspelling. */
  typoOf?: KnownAttribute;
}

// The answer for every known spelling and known typo, made once: every attribute of every file is resolved at start-up.
const RESOLVED = new Map<string, Readonly<ResolvedName>>([
  ...Array.from(BY_FOLDED, ([folded, name]) => [folded, Object.freeze({ name, known: true })] as const),
  ...Array.from(TYPOS, ([folded, name]) => [folded, Object.freeze({ name, known: true, typoOf: name })] as const),
]);

/** Resolves an attribute name as written to its canonical spelling (a shared answer for a known name: do not change it). */
export function resolveAttributeName(raw: string): Readonly<ResolvedName> {
  return RESOLVED.get(raw.toLowerCase()) ?? { name: raw, known: false };
}

/** Whether a case-folded name is a known misspelling (`resolveAttributeName` gives it `typoOf`). */
export function isKnownTypo(folded: string): boolean {
  return !BY_FOLDED.has(folded) && TYPOS.has(folded);
}

/** The known attribute closest to `raw` by edit distance (≤ 3), for "did you mean" messages. */
export function suggestAttribute(raw: string): KnownAttribute | undefined {
  return closestName(raw, KNOWN_ATTRIBUTES);
}

/** The name of `names` closest to `raw` by edit distance, case aside (at most 3, the first on a tie), for "did you mean". */
export function closestName<T extends string>(raw: string, names: readonly T[]): T | undefined {
  const folded = raw.toLowerCase();
  let best: T | undefined;
  let bestDistance = 4;
  for (const name of names) {
    const d = editDistance(folded, name.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once every cell of a row reaches it. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= limit) return limit;
    prev = row;
  }
  return prev[b.length] ?? limit;
}

/** An attribute as the model keeps it: canonical name, cleaned value, places of name and value. */
export function toAttribute(rawName: string, rawValue: string, at: Position, valueAt: Position): PropertyAttribute {
  const resolved = resolveAttributeName(rawName);
  return {
    rawName,
    name: resolved.name,
    known: resolved.known,
    value: cleanValue(rawValue),
    line: at.line,
    column: at.column,
    valueLine: valueAt.line,
    valueColumn: valueAt.column,
  };
}
