/** Small lenient field schemas shared by the JSON-body schemas: booleans written as strings, loose text, markdown. */
import type { RootContent } from 'mdast';
import { z } from 'zod';
import { parseMarkdown } from '../markdown';

/** `true`/`false`, also written as the strings `"true"`/`"FALSE"` (FORMAT.md §4.1: 5 elements do). */
export const looseBoolean = z.preprocess((v) => {
  if (typeof v !== 'string') return v;
  const t = v.trim().toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : v;
}, z.boolean());

/** Boolean-as-string where `""` and null mean "not said" (`useInDiagnoseAndSolve`, FORMAT.md §4.2). */
export const optionalStringBoolean = z.preprocess((v) => {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') return v;
  const t = v.trim().toLowerCase();
  return t === '' ? null : t === 'true' ? true : t === 'false' ? false : v;
}, z.boolean().nullable());

/** Free text that may be absent or null. */
export const text = z.string().nullish();

/** A number also accepted when written as a numeric string. */
export const looseNumber = z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v), z.number());

/**
 * A markdown string of a JSON body, parsed by the body's own parser. Node positions are relative to the string
 * until the body is located (`locateJsonFields`), then file positions like the rest of the body model.
 */
export interface MarkdownField {
  /** The string as written. */
  source: string;
  nodes: RootContent[];
}

/** Markdown text that may be absent or null (info blocks, info balloons, Advisor's longDescription). */
export const markdownText = text.transform((v): MarkdownField | null | undefined =>
  typeof v === 'string' ? { source: v, nodes: parseMarkdown(v).children } : v,
);
