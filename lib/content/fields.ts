/**
 * Fast paths for the schema checks every article goes through at start-up (schema.ts stays the spec). On
 * 15,600 files zod's safeParse was a quarter of the catalog load; these plain functions give the same result for
 * the inputs they accept and decline (null / false) everything else, which then goes through zod as before, so
 * the diagnostics of a failing input still come from the schema. fields.test.ts holds them to zod's output.
 */

import { type ArticleMetaFields, presenceMessage, requiredAttributes, splitList, toCloudList, toSelfHelpType } from './schema';
import { SELF_HELP_TYPES, type SelfHelpType } from './selfHelpTypes';

const WHOLE_NUMBER = /^-?\d+$/;
const BOOLEAN = /^(true|false)$/i;

const REQUIRED = new Map<SelfHelpType, readonly string[]>(SELF_HELP_TYPES.map((type) => [type, requiredAttributes(type)]));

/** True when every attribute `type` requires is a non-blank string, i.e. its presence schema would pass. */
export function hasRequired(type: SelfHelpType, input: Readonly<Record<string, string | undefined>>): boolean {
  for (const name of REQUIRED.get(type) ?? []) {
    const value = input[name];
    if (typeof value !== 'string' || value.trim() === '') return false;
  }
  return true;
}

/**
 * The presence schema's issues for `input` (`requiredBySelfHelpType`), as attribute name and message, in its order;
 * empty when `hasRequired`. Plain code because a sixth of real files lack some attribute their template asks for,
 * and zod's failing parse (an error object with its stack per file) was most of their metadata pass.
 */
export function missingRequired(type: SelfHelpType, input: Readonly<Record<string, string | undefined>>): { name: string; message: string }[] {
  const issues: { name: string; message: string }[] = [];
  for (const name of REQUIRED.get(type) ?? []) {
    const value = input[name];
    if (typeof value !== 'string') issues.push({ name, message: presenceMessage(name, type, 'missing') });
    else if (value.trim() === '') issues.push({ name, message: presenceMessage(name, type, 'empty') });
  }
  return issues;
}

/**
 * `articleMetaSchema.parse(input)` for an input it accepts (same values, same key order); null when a value would
 * fail (empty articleId, displayOrder not a whole number, resourceRequired not a boolean): zod reports those.
 */
export function metaFields(input: Readonly<Record<string, string | undefined>>): ArticleMetaFields | null {
  const { articleId, displayOrder, resourceRequired } = input;
  if (typeof articleId !== 'string' || articleId === '') return null;
  if (displayOrder && !WHOLE_NUMBER.test(displayOrder)) return null;
  if (resourceRequired && !BOOLEAN.test(resourceRequired)) return null;
  const cloudEnvironments = toCloudList(input.cloudEnvironments);
  const disableClouds = toCloudList(input.disableClouds);
  // Key order as the schema's output: its shape order without pageTitle and ms.author, then its transform's keys.
  return {
    articleId,
    selfHelpType: toSelfHelpType(input.selfHelpType),
    description: input.description ?? '',
    cloudEnvironments,
    disableClouds,
    supportTopicIds: splitList(input.supportTopicIds),
    productPesIds: splitList(input.productPesIds),
    service: text(input.service),
    resource: text(input.resource),
    displayOrder: displayOrder ? Number(displayOrder) : null,
    ownershipId: text(input.ownershipId),
    authors: text(input.authors),
    resourceTags: splitList(input.resourceTags),
    articleTags: splitList(input.articleTags),
    infoBubbleText: text(input.infoBubbleText),
    diagnosticScenario: text(input.diagnosticScenario),
    schemaVersion: text(input.schemaVersion),
    clientIds: splitList(input.clientIds),
    resourceRequired: resourceRequired ? resourceRequired.toLowerCase() === 'true' : null,
    symptomId: text(input.symptomId),
    icmTeam: text(input.icmTeam),
    icmService: text(input.icmService),
    feedbackEmail: text(input.feedbackEmail),
    category: text(input.category),
    productFamilyId: text(input.productFamilyId),
    title: input.pageTitle ?? '',
    msAuthor: text(input['ms.author']),
    availableIn: cloudEnvironments.filter((c) => !disableClouds.includes(c)),
  };
}

/** The schema's `optionalText`: an empty or missing value is null. */
function text(value: string | undefined): string | null {
  return value ? value : null;
}
