/**
 * `GET …/providers/Microsoft.Help/discoverySolutions?api-version=&$filter=&$skiptoken=[&$top=][&cloud=]`:
 * the catalog's articles matching the filter in one cloud, one solution metadata resource per article, paged
 * with an opaque `$skiptoken` and an absolute `nextLink`. Pure over the catalog's metadata.
 */
import type { CloudId } from '../clouds';
import type { CatalogMeta, SelfHelpType } from '../content/model';
import { API_VERSIONS, azureError, checkApiVersion, type HelpResponse, requestCloud } from './errors';
import { comparisons, evaluate, type FilterNode, type FilterProperty, parseFilter } from './filter';

export const SOLUTION_TYPES = ['Solutions', 'Diagnostics', 'Troubleshooters'] as const;
export type SolutionType = (typeof SOLUTION_TYPES)[number];

const DIAGNOSTIC_TYPES: ReadonlySet<SelfHelpType> = new Set<SelfHelpType>(['diagnostics', 'rca', 'servicehealthinsights']);

/** The API's solution type of an article: troubleshooter nodes and summaries, diagnostic insights, or solutions. */
export function solutionTypeOf(meta: CatalogMeta): SolutionType {
  if (meta.selfHelpType.startsWith('tsg_')) return 'Troubleshooters';
  return DIAGNOSTIC_TYPES.has(meta.selfHelpType) ? 'Diagnostics' : 'Solutions';
}

/** What a caller must pass to run the solution: insights and Apollo solutions that need a resource want its URI. */
export function requiredInputs(meta: CatalogMeta): string[] {
  return meta.resourceRequired === true || solutionTypeOf(meta) === 'Diagnostics' ? ['ResourceUri'] : [];
}

const fold = (s: string) => s.trim().toLowerCase();

/** Whether an article satisfies one comparison. Ids compare exactly (trimmed), names case-insensitively. */
export function matches(meta: CatalogMeta, property: FilterProperty, value: string): boolean {
  switch (property) {
    case 'ProblemClassificationId':
      return meta.supportTopicIds.includes(value.trim());
    case 'ServiceId':
      return meta.productPesIds.includes(value.trim());
    case 'SolutionType':
      return fold(solutionTypeOf(meta)) === fold(value);
    case 'ResourceType': {
      const wanted = fold(value);
      return (meta.resource ?? '').split(',').some((r) => fold(r) === wanted || fold(r) === wanted.split('/').pop());
    }
  }
}

export const DEFAULT_TOP = 50;
export const MAX_TOP = 100;

/** The opaque `$skiptoken` of an offset, and back (null when it is not one of ours). */
export const skipToken = {
  encode: (offset: number) => Buffer.from(`o:${offset}`).toString('base64url'),
  decode: (token: string): number | null => {
    const m = /^o:(\d{1,9})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
    return m?.[1] ? Number(m[1]) : null;
  },
};

export interface DiscoveryRequest {
  /** The request URL: its query carries the parameters; nextLink keeps its origin and path. */
  url: URL;
}

function checkParams(params: URLSearchParams): { filter: FilterNode; cloud: CloudId; offset: number; top: number } | HelpResponse {
  const version = checkApiVersion(params.get('api-version'), API_VERSIONS);
  if (version) return version;
  const raw = params.get('$filter');
  if (raw === null || raw.trim() === '') return azureError(400, 'InvalidFilter', "`$filter` is required, e.g. `ProblemClassificationId eq '<id>'`");
  const parsed = parseFilter(raw);
  if (!parsed.ok) return azureError(400, 'InvalidFilter', `Invalid \`$filter\`: ${parsed.message}`);
  const badType = comparisons(parsed.filter).find((c) => c.property === 'SolutionType' && !SOLUTION_TYPES.some((t) => fold(t) === fold(c.value)));
  if (badType)
    return azureError(400, 'InvalidFilter', `Unknown SolutionType \`${badType.value}\`, expected one of ${SOLUTION_TYPES.map((t) => `\`${t}\``).join(', ')}`);
  const cloud = requestCloud(params.get('cloud'));
  if ('error' in cloud) return cloud.error;
  const token = params.get('$skiptoken');
  const offset = token ? skipToken.decode(token) : 0;
  if (offset === null)
    return azureError(400, 'InvalidSkipToken', `\`$skiptoken\` \`${token}\` was not issued by this service; use the nextLink of the previous page`);
  const rawTop = params.get('$top');
  const top = rawTop === null ? DEFAULT_TOP : /^\d{1,3}$/.test(rawTop) ? Number(rawTop) : NaN;
  if (!(top >= 1 && top <= MAX_TOP)) return azureError(400, 'InvalidTop', `\`$top\` \`${rawTop}\` is invalid, expected a whole number from 1 to ${MAX_TOP}`);
  return { filter: parsed.filter, cloud: cloud.cloud, offset, top };
}

/** Answers a discoverySolutions request over the catalog's articles (in catalog order). */
export function discoverSolutions(metas: readonly CatalogMeta[], request: DiscoveryRequest): HelpResponse {
  const checked = checkParams(request.url.searchParams);
  if ('status' in checked) return checked;
  const { filter, cloud, offset, top } = checked;
  const found = metas.filter((m) => m.availableIn.includes(cloud) && evaluate(filter, (p, v) => matches(m, p, v)));
  const page = found.slice(offset, offset + top);
  const body: { value: unknown[]; nextLink?: string } = { value: page.map(toResource) };
  if (offset + top < found.length) {
    const next = new URL(request.url);
    next.searchParams.set('$skiptoken', skipToken.encode(offset + top));
    body.nextLink = next.toString();
  }
  return { status: 200, body };
}

function toResource(meta: CatalogMeta) {
  return {
    id: `/providers/Microsoft.Help/discoverySolutions/${encodeURIComponent(meta.articleId)}`,
    name: meta.articleId,
    type: 'Microsoft.Help/discoverySolutions',
    properties: {
      solutions: [
        { solutionId: meta.articleId, solutionType: solutionTypeOf(meta), description: meta.description || meta.title, requiredInputs: requiredInputs(meta) },
      ],
    },
  };
}
