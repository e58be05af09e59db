/**
 * The six Azure clouds: ids, display names and hosts. The one cloud map of the project;
 * a deployment may override hosts with a JSON file (see `lib/render/cloudMap.ts`).
 */

export const CLOUD_IDS = ['public', 'fairfax', 'mooncake', 'blackforest', 'usnat', 'ussec'] as const;

export type CloudId = (typeof CLOUD_IDS)[number];

/**
 * How links to the global docs site (docs.microsoft.com, learn.microsoft.com) are written for one cloud. A link is
 * moved only when its path, after the locale, starts with one of `families`; other paths stay as written with a
 * note that the page may not exist in that cloud.
 */
export interface DocsRule {
  /** Host the links move to. */
  host: string;
  /** Keep the `/en-us/`-style locale segment (the China site has none). */
  keepLocale: boolean;
  /** Path prefixes (lower case, after the locale, `/`-terminated; `''` is every path) and what replaces each. */
  families: ReadonlyArray<{ from: string; to: string }>;
  /** Prefixes inside a family that the host does not have. */
  except: readonly string[];
}

// The global site: docs.microsoft.com redirects to learn.microsoft.com, paths unchanged.
const GLOBAL_DOCS: DocsRule = { host: 'learn.microsoft.com', keepLocale: true, families: [{ from: '', to: '' }], except: [] };

export interface Cloud {
  id: CloudId;
  /** What people call it. */
  displayName: string;
  /** One line for tooltips and notices. */
  note: string;
  /** Host of the Azure portal in this cloud. */
  portalHost: string;
  /** Where this cloud's readers find docs written for the global site; null: such links stay as written. */
  docs: DocsRule | null;
  retired: boolean;
}

export const CLOUDS: Record<CloudId, Cloud> = {
  public: {
    id: 'public',
    displayName: 'Azure',
    note: 'Azure global (public) cloud',
    portalHost: 'portal.azure.com',
    docs: GLOBAL_DOCS,
    retired: false,
  },
  fairfax: {
    id: 'fairfax',
    displayName: 'Azure Government',
    note: 'Azure Government (US)',
    portalHost: 'portal.azure.us',
    // Azure Government's docs are a section of the global site (azure/azure-government).
    docs: GLOBAL_DOCS,
    retired: false,
  },
  mooncake: {
    id: 'mooncake',
    displayName: 'Azure operated by 21Vianet',
    note: 'Azure in China, operated by 21Vianet',
    portalHost: 'portal.azure.cn',
    // The China site has Azure service docs without the `azure/` segment and without a locale (authors writing for
    // this cloud link `docs.azure.cn/storage/common/…`); Azure DevOps and non-Azure docs are not there.
    docs: { host: 'docs.azure.cn', keepLocale: false, families: [{ from: 'azure/', to: '' }], except: ['azure/devops/'] },
    retired: false,
  },
  blackforest: {
    id: 'blackforest',
    displayName: 'Azure Germany (retired)',
    note: 'Azure Germany, closed in 2021',
    portalHost: 'portal.microsoftazure.de',
    docs: GLOBAL_DOCS,
    retired: true,
  },
  usnat: {
    id: 'usnat',
    displayName: 'Azure Government Secret (USNat)',
    note: 'Air-gapped Azure Government cloud (USNat)',
    portalHost: 'portal.azure.eaglex.ic.gov',
    // Air-gapped: where its readers find docs is not known here, so links stay as written (a deployment may set it).
    docs: null,
    retired: false,
  },
  ussec: {
    id: 'ussec',
    displayName: 'Azure Government Top Secret (USSec)',
    note: 'Air-gapped Azure Government cloud (USSec)',
    portalHost: 'portal.azure.microsoft.scloud',
    docs: null,
    retired: false,
  },
};

const BY_FOLDED = new Map<string, CloudId>(CLOUD_IDS.map((id) => [id, id]));

/** Case-insensitive lookup of a cloud name as written in content or a URL; undefined when unknown. */
export function toCloudId(name: string): CloudId | undefined {
  return BY_FOLDED.get(name.trim().toLowerCase());
}

export function isCloudId(value: string): value is CloudId {
  return BY_FOLDED.has(value);
}

/** Clouds still in service (every cloud but the retired one), in canonical order. */
export const LIVE_CLOUDS: readonly CloudId[] = CLOUD_IDS.filter((id) => !CLOUDS[id].retired);

/** A short phrase for the clouds an article is offered in: "All live clouds", "Only the retired cloud", or their names. */
export function condenseClouds(clouds: readonly CloudId[]): string {
  if (clouds.length === 0) return 'No cloud';
  const live = LIVE_CLOUDS.filter((c) => clouds.includes(c));
  const retired = clouds.filter((c) => CLOUDS[c].retired);
  if (live.length === 0) return `Only ${retired.map((c) => CLOUDS[c].displayName).join(', ')}`;
  const liveText = live.length === LIVE_CLOUDS.length ? 'All live clouds' : live.map((c) => CLOUDS[c].displayName).join(', ');
  return retired.length > 0 ? `${liveText} (and ${retired.map((c) => CLOUDS[c].displayName).join(', ')})` : liveText;
}
