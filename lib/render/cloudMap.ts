/**
 * The hosts and docs rules links are rendered with, per cloud: lib/clouds.ts defaults, optionally overridden by a
 * deployment through a JSON file named by `SELFHELP_CLOUD_MAP`, e.g.
 * `{"fairfax": {"portalHost": "portal.contoso-gov.example"}, "mooncake": {"docs": {"except": ["azure/devops/", "azure/lab-services/"]}}, "ussec": {"docs": {"host": "docs.example.scloud"}}}`.
 * Sovereign deployments run behind their own hosts, so this is configuration, not code. Read on the server only;
 * a bad file is reported once and the defaults are used.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CLOUD_IDS, CLOUDS, type CloudId, type DocsRule } from '../clouds';

export interface CloudHosts {
  /** Portal host, e.g. `portal.azure.cn`: blade links and `{$domain}` resolve to it. */
  portalHost: string;
  /** How global docs links are written for this cloud; null leaves them as written. */
  docs: DocsRule | null;
}

export type CloudMap = Readonly<Record<CloudId, CloudHosts>>;

// A bare host name (no scheme, path or port): the map names hosts, the link code builds the URLs.
const host = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, 'expected a host name such as `portal.azure.us`');
// A path prefix as the rules compare it: lower case, no leading slash, one trailing slash (or empty: every path).
const prefix = z
  .string()
  .trim()
  .toLowerCase()
  .transform((p) => p.replace(/^\/+|\/+$/g, ''))
  .transform((p) => (p ? `${p}/` : ''));

/** A docs rule as written in the file; every field optional, merged over the cloud's default rule. */
const DocsOverrideSchema = z.strictObject({
  host: host.optional(),
  keepLocale: z.boolean().optional(),
  families: z.array(z.strictObject({ from: prefix, to: prefix })).optional(),
  except: z.array(prefix).optional(),
});

/** One cloud's overrides; every field optional. `docs: false` leaves global docs links as written. */
const OverrideSchema = z.strictObject({ portalHost: host.optional(), docs: z.union([z.literal(false), DocsOverrideSchema]).optional() });

/** The override file: cloud id → overrides. Unknown clouds are an error, so a typo cannot pass silently. */
export const CloudMapFileSchema = z.partialRecord(z.enum(CLOUD_IDS), OverrideSchema);

/** The defaults from lib/clouds.ts. */
export function defaultCloudMap(): CloudMap {
  const entries = CLOUD_IDS.map((id) => [id, { portalHost: CLOUDS[id].portalHost, docs: CLOUDS[id].docs }] as const);
  return Object.fromEntries(entries) as Record<CloudId, CloudHosts>;
}

type DocsOverride = z.output<typeof DocsOverrideSchema>;

/** A docs override merged over a default rule; a message when it names no host and the default has none. */
function mergeDocs(base: DocsRule | null, o: DocsOverride | false): DocsRule | null | string {
  if (o === false) return null;
  const hostName = o.host ?? base?.host;
  if (!hostName) return 'a docs rule needs a `host` here (this cloud has no default docs host)';
  // A new host without families of its own means "the same paths there".
  const families = o.families ?? base?.families ?? [{ from: '', to: '' }];
  return { host: hostName, keepLocale: o.keepLocale ?? base?.keepLocale ?? true, families, except: o.except ?? base?.except ?? [] };
}

/** Applies the override JSON (as text) to the defaults; never throws, problems come back as messages. */
export function parseCloudMap(text: string, source = 'the cloud map'): { map: CloudMap; errors: string[] } {
  const defaults = defaultCloudMap();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { map: defaults, errors: [`${source} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const parsed = CloudMapFileSchema.safeParse(data);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => `${source}: \`${i.path.join('.') || '(root)'}\`: ${i.message}`);
    return { map: defaults, errors };
  }
  const map: Record<CloudId, CloudHosts> = { ...defaults };
  const errors: string[] = [];
  for (const id of CLOUD_IDS) {
    const o = parsed.data[id];
    if (!o) continue;
    const docs = o.docs === undefined ? map[id].docs : mergeDocs(map[id].docs, o.docs);
    if (typeof docs === 'string') errors.push(`${source}: \`${id}.docs\`: ${docs}`);
    else map[id] = { portalHost: o.portalHost ?? map[id].portalHost, docs };
  }
  return errors.length > 0 ? { map: defaults, errors } : { map, errors };
}

let loaded: { file: string | undefined; map: CloudMap } | null = null;

/** The map in effect: defaults plus `SELFHELP_CLOUD_MAP`, read once per process (again if the variable changes). */
export function cloudMap(env: Readonly<Record<string, string | undefined>> = process.env): CloudMap {
  const file = env.SELFHELP_CLOUD_MAP || undefined;
  if (loaded && loaded.file === file) return loaded.map;
  let map = defaultCloudMap();
  if (file) {
    let text: string | null = null;
    try {
      text = readFileSync(/*turbopackIgnore: true*/ file, 'utf8');
    } catch (err) {
      console.error(`[cloud-map] cannot read SELFHELP_CLOUD_MAP=${file}: ${err instanceof Error ? err.message : String(err)}; using the defaults`);
    }
    if (text !== null) {
      const result = parseCloudMap(text, `SELFHELP_CLOUD_MAP (${file})`);
      for (const e of result.errors) console.error(`[cloud-map] ${e}; using the defaults`);
      map = result.map;
    }
  }
  loaded = { file, map };
  return map;
}

/** Hosts of one cloud in the map in effect. */
export function cloudHosts(cloud: CloudId): CloudHosts {
  return cloudMap()[cloud];
}
