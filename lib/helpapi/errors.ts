/**
 * Azure's error shape and the request checks every Microsoft.Help operation shares: the api-version (required,
 * one of the published versions) and the `cloud` extension parameter. Codes follow Azure Resource Manager's.
 */
import { CLOUD_IDS, type CloudId, toCloudId } from '../clouds';

/** A response of the API: status and JSON body. */
export interface HelpResponse {
  status: number;
  body: unknown;
}

/** `{error: {code, message}}` with a status. */
export function azureError(status: number, code: string, message: string): HelpResponse {
  return { status, body: { error: { code, message } } };
}

/** Published api-versions of Microsoft.Help, oldest first; the newest is what current SDKs send. */
export const API_VERSIONS = ['2023-01-01-preview', '2023-06-01', '2023-09-01-preview', '2024-01-01-preview', '2024-03-01-preview'] as const;

/** The selfHelp operation first appeared in 2024-01-01-preview. */
export const SELF_HELP_VERSIONS = ['2024-01-01-preview', '2024-03-01-preview'] as const;

const quote = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

/** null when `api-version` is one the operation accepts, else the 400 Azure answers. */
export function checkApiVersion(value: string | null, accepted: readonly string[]): HelpResponse | null {
  if (value === null || value.trim() === '') {
    return azureError(
      400,
      'MissingApiVersionParameter',
      `The api-version query parameter (?api-version=) is required for all requests. Supported versions: ${quote(accepted)}`,
    );
  }
  if (!accepted.includes(value.trim())) {
    return azureError(400, 'InvalidApiVersionParameter', `The api-version \`${value}\` is invalid. Supported versions: ${quote(accepted)}`);
  }
  return null;
}

/** The cloud of a request (`cloud=`, default public), or the 400 for an unknown name. */
export function requestCloud(value: string | null): { cloud: CloudId } | { error: HelpResponse } {
  if (value === null || value.trim() === '') return { cloud: 'public' };
  const cloud = toCloudId(value.trim());
  return cloud ? { cloud } : { error: azureError(400, 'InvalidCloud', `Unknown cloud \`${value}\`, expected one of ${quote(CLOUD_IDS)}`) };
}
