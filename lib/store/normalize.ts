/**
 * Query text as the search log keeps it: case- and width-folded, blanks collapsed, and anything that could name
 * a person or a customer's resource (e-mail addresses, GUIDs such as subscription ids, resource paths, IP
 * addresses, long numbers such as phone or ticket numbers) replaced by a placeholder. Support topic ids
 * (8 digits) and words stay: they are what tells owners which content is missing.
 */

const MAX_LENGTH = 200;

const SCRUB: [RegExp, (match: string) => string][] = [
  [/\/subscriptions\/\S*/g, () => '<resource>'],
  [/[^\s@]+@[^\s@]+\.[^\s@]+/g, () => '<email>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, () => '<guid>'],
  [/\b\d{1,3}(?:\.\d{1,3}){3}\b/g, () => '<ip>'],
  // Digit runs (spaces and dashes allowed inside) of 9 digits or more; 8-digit support topic ids stay.
  [/\d[\d -]{7,}\d/g, (m) => (m.replace(/\D/g, '').length >= 9 ? '<number>' : m)],
];

/** The normalised, scrubbed form of a search query; `''` when nothing is left. */
export function normalizeQuery(q: string): string {
  let text = q.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [pattern, replacement] of SCRUB) text = text.replace(pattern, replacement);
  return text.slice(0, MAX_LENGTH).trim();
}

/** UTC day of a time, `YYYY-MM-DD`. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}
