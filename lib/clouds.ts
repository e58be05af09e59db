/**
 * The six Azure clouds: ids, display names and hosts. The one cloud map of the project;
 * a deployment may override hosts with a JSON file (see `lib/render/cloudMap.ts`).
 */

export const CLOUD_IDS = ['public', 'fairfax', 'mooncake', 'blackforest', 'usnat', 'ussec'] as const;

export type CloudId = (typeof CLOUD_IDS)[number];

export interface Cloud {
  id: CloudId;
  /** What people call it. */
  displayName: string;
  /** One line for tooltips and notices. */
  note: string;
  /** Host of the Azure portal in this cloud. */
  portalHost: string;
  /** Host docs links should point to in this cloud (docs.microsoft.com links are rewritten when it differs). */
  docsHost: string;
  retired: boolean;
}

export const CLOUDS: Record<CloudId, Cloud> = {
  public: {
    id: 'public',
    displayName: 'Azure',
    note: 'Azure global (public) cloud',
    portalHost: 'portal.azure.com',
    docsHost: 'docs.microsoft.com',
    retired: false,
  },
  fairfax: {
    id: 'fairfax',
    displayName: 'Azure Government',
    note: 'Azure Government (US)',
    portalHost: 'portal.azure.us',
    docsHost: 'docs.microsoft.com',
    retired: false,
  },
  mooncake: {
    id: 'mooncake',
    displayName: 'Azure operated by 21Vianet',
    note: 'Azure in China, operated by 21Vianet',
    portalHost: 'portal.azure.cn',
    docsHost: 'docs.azure.cn',
    retired: false,
  },
  blackforest: {
    id: 'blackforest',
    displayName: 'Azure Germany (retired)',
    note: 'Azure Germany, closed in 2021',
    portalHost: 'portal.microsoftazure.de',
    docsHost: 'docs.microsoft.com',
    retired: true,
  },
  usnat: {
    id: 'usnat',
    displayName: 'Azure Government Secret (USNat)',
    note: 'Air-gapped Azure Government cloud (USNat)',
    portalHost: 'portal.azure.eaglex.ic.gov',
    docsHost: 'docs.microsoft.com',
    retired: false,
  },
  ussec: {
    id: 'ussec',
    displayName: 'Azure Government Top Secret (USSec)',
    note: 'Air-gapped Azure Government cloud (USSec)',
    portalHost: 'portal.azure.microsoft.scloud',
    docsHost: 'docs.microsoft.com',
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
