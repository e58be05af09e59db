/**
 * Values for replacement tokens `<!--$name-->placeholder<!--/$name-->` (FORMAT.md §3.1). In the portal a
 * diagnostic fills them in; here they come from the URL (`?token.vmname=web01`) or, in the author preview,
 * from a pasted JSON sample. Names match case-insensitively with blanks collapsed (`startTime` vs
 * `StartTime`, `$ Scenario`), the same folding the body model pairs markers with.
 */

/** Token values keyed by folded name. */
export type TokenValues = Readonly<Record<string, string>>;

const PREFIX = 'token.';
// A value is shown inline in a sentence; longer input is cut rather than allowed to flood the page.
const MAX_VALUE = 500;

/** The lookup key of a token name: lower case, blanks collapsed, `$` dropped. */
export function tokenKey(name: string): string {
  return name
    .replace(/^\s*\$/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The value for a token name, if one was given. */
export function tokenValue(values: TokenValues | undefined, name: string): string | undefined {
  if (!values) return undefined;
  const key = tokenKey(name);
  return Object.hasOwn(values, key) ? values[key] : undefined;
}

/** Values from search params `token.<name>=<value>` (first value of a repeated param wins; a blank one is no value). */
export function tokenValuesFromSearchParams(params: URLSearchParams | Readonly<Record<string, string | string[] | undefined>>): TokenValues {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const out: Record<string, string> = {};
  for (const [name, raw] of entries) {
    if (!name.toLowerCase().startsWith(PREFIX)) continue;
    const value = Array.isArray(raw) ? raw[0] : raw;
    const key = tokenKey(name.slice(PREFIX.length));
    // A blank value is no value: a submitted form sends every field, filled or not.
    if (key && typeof value === 'string' && value.trim() !== '' && !Object.hasOwn(out, key)) out[key] = value.slice(0, MAX_VALUE);
  }
  return out;
}

/**
 * Values from a pasted JSON sample, for the live preview. Accepts an object (`{"vmname": "web01"}`; nested
 * objects also give dotted names such as `match.Reason`, and their leaves by bare name when unambiguous) or
 * a list of `{name, value}` pairs. Never throws: a problem comes back as `error` with no values.
 */
export function tokenValuesFromJson(text: string): { values: TokenValues; error: string | null } {
  if (text.trim() === '') return { values: {}, error: null };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { values: {}, error: `The sample is not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const out: Record<string, string> = {};
  if (Array.isArray(data)) {
    for (const item of data) {
      if (!isRecord(item)) return { values: {}, error: 'Expected a list of `{"name": …, "value": …}` pairs' };
      const name = item.name ?? item.key;
      if (typeof name === 'string' && isScalar(item.value)) out[tokenKey(name)] ??= scalar(item.value);
    }
    return { values: out, error: null };
  }
  if (!isRecord(data)) return { values: {}, error: 'Expected a JSON object of token values, such as `{"vmname": "web01"}`' };
  const leaves = new Map<string, string | null>();
  flatten(data, '', out, leaves);
  for (const [leaf, value] of leaves) if (value !== null && !Object.hasOwn(out, leaf)) out[leaf] = value;
  return { values: out, error: null };
}

function flatten(obj: Record<string, unknown>, prefix: string, out: Record<string, string>, leaves: Map<string, string | null>): void {
  for (const [name, value] of Object.entries(obj)) {
    const key = tokenKey(prefix + name);
    if (isRecord(value)) flatten(value, `${prefix}${name}.`, out, leaves);
    else if (isScalar(value)) {
      out[key] = scalar(value);
      if (prefix) {
        // A bare leaf name is only a fallback, and only when no two nested leaves share it.
        const leaf = tokenKey(name);
        leaves.set(leaf, leaves.has(leaf) ? null : scalar(value));
      }
    }
  }
}

const TOKEN_PAIR = /<!--\s*\$\s*([^>]*?)\s*-->([\s\S]*?)<!--\s*\/\s*\$\s*([^>]*?)\s*-->/g;

/**
 * Code (blocks and inline) with its tokens replaced by values or placeholders, as the portal substitutes them
 * before rendering (`az keyvault show --name <!--$name-->…`). Other comments are code and stay.
 */
export function fillTokensInCode(code: string, values?: TokenValues): string {
  if (!code.includes('<!--')) return code;
  return code.replace(TOKEN_PAIR, (_m, name: string, placeholder: string) => tokenValue(values, name) ?? placeholder);
}

/**
 * Plain text with token markers replaced by their values (or placeholders) and other comments dropped: for
 * places that show text, not markup, such as a heading title.
 */
export function fillTokenText(text: string, values?: TokenValues): string {
  return text
    .replace(TOKEN_PAIR, (_m, name: string, placeholder: string) => tokenValue(values, name) ?? placeholder)
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A heading's text with the values of the tokens written on its line. The body model gives most headings as
 * plain text (markers already gone, placeholders kept), so each token's placeholder is swapped in turn.
 */
export function fillHeadingTokens(
  heading: string,
  line: number,
  tokens: ReadonlyArray<{ name: string; placeholder: string; line: number }>,
  values?: TokenValues,
): string {
  // Some headings still carry the markers (a token inside `**bold**`): those are filled where they stand.
  if (heading.includes('<!--')) return fillTokenText(heading, values);
  let out = heading;
  let from = 0;
  for (const t of tokens) {
    const value = t.line === line ? tokenValue(values, t.name) : undefined;
    const shown = t.placeholder
      .replace(/<[^>]*>/g, '')
      .replace(/[*_`]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const at = value === undefined || !shown ? -1 : out.indexOf(shown, from);
    if (at === -1 || value === undefined) continue;
    out = out.slice(0, at) + value + out.slice(at + shown.length);
    from = at + value.length;
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function scalar(v: string | number | boolean): string {
  return String(v).slice(0, MAX_VALUE);
}
