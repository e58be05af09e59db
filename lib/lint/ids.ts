/** Shapes of the ids in properties (FORMAT.md §1.8), shared by the id rules so they never report one id twice. */

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const HEX_GROUPS = /^[0-9a-f]+(?:-[0-9a-f]+){3,5}$/i;
const HEX32 = /^[0-9a-f]{32}$/i;
const BRACED = /^\{([^{}]*)\}$/;

/**
 * Why `value` looks like a GUID that went wrong, or null. Only whole values count: 4–6 hex groups whose
 * digits total 30–34 (a 13-digit last group, a short group), 32 hex digits with no hyphens, or braces.
 * Slugs with hex-only words are too short to match, and `<guid>_Public`-style ids are fine as they are.
 */
export function nearGuid(value: string): string | null {
  const braced = BRACED.exec(value);
  if (braced) return GUID.test(braced[1] ?? '') ? 'a GUID in braces' : null;
  if (GUID.test(value)) return null;
  if (HEX32.test(value) && /[a-f]/i.test(value)) return '32 hex digits without hyphens';
  if (!HEX_GROUPS.test(value)) return null;
  const groups = value.split('-').map((g) => g.length);
  const digits = groups.reduce((a, b) => a + b, 0);
  if (digits < 30 || digits > 34) return null;
  return `hex groups of ${groups.join('-')} digits`;
}
