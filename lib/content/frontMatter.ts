/**
 * Optional YAML front matter (`---` … `---`) instead of a properties block, read with gray-matter and mapped onto
 * the same attribute names, so the schema and everything after it cannot tell the two apart.
 */
import matter from 'gray-matter';
import { toAttribute } from './attributes';
import type { DiagnosticBag } from './diagnostics';
import type { PropertyAttribute } from './model';

/** The front matter's keys as attributes; values as strings (lists joined with commas). */
export function frontMatterAttributes(text: string, bag: DiagnosticBag): PropertyAttribute[] {
  let data: Record<string, unknown>;
  try {
    // Passing options turns off gray-matter's module-level cache, which would pin every text it saw.
    data = matter(text, {}).data;
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    bag.error(
      { line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 },
      'front-matter-invalid',
      `The YAML front matter cannot be read: ${(error as Error).message.split('\n')[0]}`,
    );
    return [];
  }
  const lineOf = (key: string) => {
    const index = text.split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`));
    return index === -1 ? 1 : index + 1;
  };
  return Object.entries(data).map(([key, value]) => {
    const written = Array.isArray(value) ? value.join(', ') : value instanceof Date ? value.toISOString() : String(value ?? '');
    const line = lineOf(key);
    return toAttribute(key, written, { line, column: 1 }, { line, column: key.length + 3 });
  });
}

/** Offset just after the closing `---` line: where the body begins. */
export function frontMatterEnd(text: string): number {
  const close = /\n---[ \t]*(\n|$)/.exec(text.slice(3));
  return close ? 3 + close.index + close[0].length : text.length;
}
