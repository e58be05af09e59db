/**
 * What a troubleshooter node's names say (measured on the real corpus, see README "Troubleshooting guides"):
 * its role (a check to run or a `solution-…` outcome), the order hints authors leave in file names and titles,
 * and the name stem that ties a family scattered over folders back together. Pure string work on paths.
 */

/** A check is a step to run; a solution is an outcome the path can end in. */
export type NodeRole = 'check' | 'solution';

const tokens = (name: string) =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The file name without folder and extension. */
export function baseName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.(md|markdown|txt)$/i, '');
}

/** The folder of a catalog-relative file (`''` at the root). */
export function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '' : file.slice(0, slash);
}

// Outcome words in file names: `solution-…`, numbered `<n>-s-tsg-…` (decisions are `<n>-d-tsg-…`), escalation
// paths and customer-ready messages. `resolved`/`end` were measured too and name checks as often as outcomes.
const SOLUTION_TOKENS = new Set(['solution', 'solutions', 'escalation', 'escalate']);

/** A node's role from its file name; everything not named as an outcome is a check. */
export function nodeRole(file: string): NodeRole {
  const name = baseName(file).toLowerCase();
  if (/^\d+-s-/.test(name) || name.includes('customer-message')) return 'solution';
  return tokens(name).some((t) => SOLUTION_TOKENS.has(t)) ? 'solution' : 'check';
}

/**
 * Order hints, as a tuple to compare: a trailing step number in the file name (`content-issue-category-3.md`,
 * the authoring tool's node number; at most three digits so error codes like `net-use-1396` are not read as
 * one), else a step code at the start of the title (`DTS0DC1 …` → [0, 1], `TCS5: …` → [5], `Step 2 …` → [2]).
 */
export function orderHint(file: string, title: string): number[] | null {
  const trailing = /-+(\d{1,3})$/.exec(baseName(file));
  if (trailing?.[1]) return [Number(trailing[1])];
  const step = /^\s*step\s*(\d+)\b/i.exec(title);
  if (step?.[1]) return [Number(step[1])];
  const code = /^([A-Z]{1,5}\d+(?:[A-Z]{1,3}\d+)*)\b/.exec(title.trim());
  if (code?.[1]) return [...code[1].matchAll(/\d+/g)].map((m) => Number(m[0]));
  return null;
}

// Words that say what kind of file or folder something is, not which problem it is about.
const NOISE = new Set([
  'microsoft',
  'azure',
  'tsg',
  'tsgv2',
  'summary',
  'description',
  'definition',
  'content',
  'solution',
  'solutions',
  'check',
  'questions',
  'question',
  'workflow',
  'guided',
  'ts',
  'troubleshooter',
  'd',
  's',
  'md',
  'issue',
  'issues',
]);
const isNoise = (t: string, own: ReadonlySet<string>) => NOISE.has(t) || own.has(t) || /^\d+$/.test(t) || /^(?=.*\d)[0-9a-f]{4,}$/.test(t);

/**
 * The words of a name that say what it is about: camelCase split, then kind words, numbers, GUID parts and the
 * service's own words trimmed from both ends. Inner words stay, because names glue words differently
 * (`switchtopaybyinvoice` vs `switch-to-pay-by-invoice`) and only the joined form can compare them.
 */
export function stemWords(name: string, service: string | null): string[] {
  const own = new Set(tokens(service ?? ''));
  const words = tokens(name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
  let start = 0;
  let end = words.length;
  while (start < end && isNoise(words[start] ?? '', own)) start++;
  while (end > start && isNoise(words[end - 1] ?? '', own)) end--;
  return words.slice(start, end);
}

/** A name's stem: its words run together, so `switch-to-pay-by-invoice` and `switchtopaybyinvoice` agree. */
export function stem(name: string, service: string | null): string {
  return stemWords(name, service).join('');
}

const MIN_STEM = 6;

/** Two stems are shared when one contains the other and both have at least six letters. */
export function sharesStem(a: string, b: string): boolean {
  return a.length >= MIN_STEM && b.length >= MIN_STEM && (a.includes(b) || b.includes(a));
}

/** Resource types of a `resource` list, compared by their last segment (`Microsoft.Storage/storageAccounts` = `storageAccounts`). */
export function resourceTypes(resource: string | null): Set<string> {
  return new Set(
    (resource ?? '')
      .split(',')
      .map((r) => r.trim().toLowerCase().split('/').pop() ?? '')
      .filter(Boolean),
  );
}

/** How many leading stem words two names share (used to split a folder that holds several descriptions). */
export function sharedPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
