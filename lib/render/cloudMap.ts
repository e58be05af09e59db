/**
 * The hosts links are rendered with, per cloud: lib/clouds.ts defaults, optionally overridden by a deployment
 * through a JSON file named by `SELFHELP_CLOUD_MAP`, e.g. `{"fairfax": {"portalHost": "portal.contoso-gov.example"},
 * "mooncake": {"rewriteDocs": false}}`. Sovereign deployments run behind their own hosts, so this is configuration, not
 * code. Read on the server only; a bad file is reported once and the defaults are used.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CLOUD_IDS, CLOUDS, type CloudId } from '../clouds';

export interface CloudHosts {
  /** Portal host, e.g. `portal.azure.cn`: blade links and `{$domain}` resolve to it. */
  portalHost: string;
  /** Docs host links are moved to when `rewriteDocs` is on. */
  docsHost: string;
  /** Whether docs.microsoft.com / learn.microsoft.com links are rewritten to `docsHost`. */
  rewriteDocs: boolean;
}

export type CloudMap = Readonly<Record<CloudId, CloudHosts>>;

const PUBLIC_DOCS = new Set(['docs.microsoft.com', 'learn.microsoft.com']);
// A bare host name (no scheme, path or port): the map names hosts, the link code builds the URLs.
const host = z.string().trim().toLowerCase().regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, 'expected a host name such as `portal.azure.us`');

/** One cloud's overrides; every field optional. */
const OverrideSchema = z.strictObject({ portalHost: host.optional(), docsHost: host.optional(), rewriteDocs: z.boolean().optional() });

/** The override file: cloud id → overrides. Unknown clouds are an error, so a typo cannot pass silently. */
export const CloudMapFileSchema = z.partialRecord(z.enum(CLOUD_IDS), OverrideSchema);

/** The defaults from lib/clouds.ts: docs links move wherever the cloud's docs host is not the public one. */
export function defaultCloudMap(): CloudMap {
  const entries = CLOUD_IDS.map((id) => {
    const { portalHost, docsHost } = CLOUDS[id];
    return [id, { portalHost, docsHost, rewriteDocs: !PUBLIC_DOCS.has(docsHost) }] as const;
  });
  return Object.fromEntries(entries) as Record<CloudId, CloudHosts>;
}

/** Applies the override JSON (as text) to the defaults; never throws, problems come back as messages. */
export function parseCloudMap(text: string, source = 'the cloud map'): { map: CloudMap; errors: string[] } {
  const map: Record<CloudId, CloudHosts> = { ...defaultCloudMap() };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { map, errors: [`${source} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const parsed = CloudMapFileSchema.safeParse(data);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => `${source}: \`${i.path.join('.') || '(root)'}\`: ${i.message}`);
    return { map, errors };
  }
  for (const id of CLOUD_IDS) {
    const o = parsed.data[id];
    if (!o) continue;
    const docsHost = o.docsHost ?? map[id].docsHost;
    map[id] = { portalHost: o.portalHost ?? map[id].portalHost, docsHost, rewriteDocs: o.rewriteDocs ?? !PUBLIC_DOCS.has(docsHost) };
  }
  return { map, errors: [] };
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

/** True when `hostname` is a public docs host that `cloud`'s map says to move. */
export function isMovableDocsHost(hostname: string, hosts: CloudHosts): boolean {
  const h = hostname.toLowerCase();
  return hosts.rewriteDocs && PUBLIC_DOCS.has(h) && h !== hosts.docsHost;
}
