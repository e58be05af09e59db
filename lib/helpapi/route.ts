/**
 * The Microsoft.Help routes behind one catch-all handler: `discoverySolutions` and `selfHelp/{solutionId}`
 * (segment names compared case-insensitively, as Azure Resource Manager does); anything else is a 404 in
 * Azure's shape. Scoped paths (`/{scope}/providers/Microsoft.Help/…`) arrive here through a rewrite.
 */
import type { CatalogMeta } from '../content/model';
import { discoverSolutions } from './discovery';
import { azureError, type HelpResponse } from './errors';
import { type ArticleSource, getSelfHelp } from './selfHelp';

/** The catalog as the API uses it. */
export interface HelpCatalog extends ArticleSource {
  all(): CatalogMeta[];
}

/** Answers `GET /providers/Microsoft.Help/<segments…>` for a request URL. */
export async function handleHelpRequest(catalog: HelpCatalog, segments: readonly string[], url: URL): Promise<HelpResponse> {
  const [first, second, ...rest] = segments.map((s) => decodeSegment(s));
  const op = first?.toLowerCase();
  if (op === 'discoverysolutions' && second === undefined) return discoverSolutions(catalog.all(), { url });
  if (op === 'selfhelp' && second !== undefined && rest.length === 0) return getSelfHelp(catalog, second, url.searchParams);
  return azureError(
    404,
    'NotFound',
    `No Microsoft.Help operation at \`${url.pathname}\`; this service answers \`discoverySolutions\` and \`selfHelp/{solutionId}\``,
  );
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
