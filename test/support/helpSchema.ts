/**
 * The Microsoft.Help response schema (lib/helpapi/responses.schema.json, written from the published API
 * description) compiled once with ajv, for unit, corpus and browser tests alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';

const SCHEMA = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'lib', 'helpapi', 'responses.schema.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addSchema(SCHEMA);

export type HelpDefinition = 'DiscoveryResponse' | 'SolutionResourceSelfHelp' | 'ErrorResponse';

/** ajv's errors for `body` against one definition, as readable lines; empty when valid. */
export function helpSchemaErrors(definition: HelpDefinition, body: unknown): string[] {
  const validate = ajv.getSchema(`https://selfhelp.local/schemas/microsoft-help-responses.json#/definitions/${definition}`);
  if (!validate) throw new Error(`No definition ${definition} in the schema`);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
