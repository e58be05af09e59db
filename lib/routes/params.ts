/** Search params as Next hands them to pages (a record) and route handlers (URLSearchParams), read one way. */

export type SearchParamsInput = URLSearchParams | Readonly<Record<string, string | string[] | undefined>>;

/** The first value of a parameter (a repeated one uses its first, as URLSearchParams.get does); undefined when absent. */
export function firstParam(params: SearchParamsInput, name: string): string | undefined {
  const raw = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  return Array.isArray(raw) ? raw[0] : raw;
}

/** Every value of a parameter, in order. */
export function allParams(params: SearchParamsInput, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const raw = params[name];
  return raw === undefined ? [] : Array.isArray(raw) ? [...raw] : [raw];
}

/** A record of search params as URLSearchParams (repeated values kept). */
export function toSearchParams(params: SearchParamsInput): URLSearchParams {
  if (params instanceof URLSearchParams) return new URLSearchParams(params);
  const out = new URLSearchParams();
  for (const [name, raw] of Object.entries(params)) {
    for (const value of raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) out.append(name, value);
  }
  return out;
}
