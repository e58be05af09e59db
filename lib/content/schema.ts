/**
 * The schema is the spec: zod 4 schemas that turn the lexed `<properties>` values (cleaned strings keyed by
 * canonical attribute name) into typed article metadata. `articleMetaSchema` is lenient and is what every
 * article goes through; `requiredBySelfHelpType` adds, per selfHelpType, which attributes must be present (the
 * spec of `missingRequired` in fields.ts, which makes the same checks in plain code).
 */
import { z } from 'zod';
import { CLOUD_IDS, type CloudId, toCloudId } from '../clouds';
import type { KnownAttribute } from './attributes';
import { SELF_HELP_TYPES, type SelfHelpType } from './selfHelpTypes';

/**
 * The items of a comma list (newlines count as commas), trimmed, empty ones dropped, repeats kept. Plain scanning
 * rather than a regex split: list attributes of every file go through here at start-up.
 */
export function listItems(value: string | undefined): string[] {
  const out: string[] = [];
  if (!value) return out;
  let comma = value.indexOf(',');
  let newline = value.indexOf('\n');
  for (let start = 0; ; ) {
    // The next separator at or after `start` (each position is searched again only once it has been passed).
    if (comma !== -1 && comma < start) comma = value.indexOf(',', start);
    if (newline !== -1 && newline < start) newline = value.indexOf('\n', start);
    const end = comma === -1 ? (newline === -1 ? value.length : newline) : newline === -1 ? comma : Math.min(comma, newline);
    const item = value.slice(start, end).trim();
    if (item) out.push(item);
    if (end >= value.length) return out;
    start = end + 1;
  }
}

// Past this many items a list finds repeats with a set; below it, a scan of the items kept is cheaper.
const SMALL_LIST = 32;

/** Splits a comma list (newlines and blanks tolerated), trims, drops empties, keeps first occurrences in order. */
export function splitList(value: string | undefined): string[] {
  const items = listItems(value);
  if (items.length < 2) return items;
  if (items.length > SMALL_LIST) return [...new Set(items)];
  const out: string[] = [];
  for (const item of items) if (!out.includes(item)) out.push(item);
  return out;
}

/** Canonical cloud ids of a list, unknown names dropped (they are reported by `checkValues`), in canonical order. */
export function toCloudList(value: string | undefined): CloudId[] {
  const ids = splitList(value).map(toCloudId);
  return CLOUD_IDS.filter((id) => ids.includes(id));
}

const TYPE_BY_FOLDED = new Map<string, SelfHelpType>(SELF_HELP_TYPES.map((t) => [t, t]));

/** Case-folds a selfHelpType; anything we do not know becomes `unknown`. */
export function toSelfHelpType(value: string | undefined): SelfHelpType {
  const folded = (value ?? '').trim().toLowerCase();
  const type = TYPE_BY_FOLDED.get(folded);
  return type && type !== 'unknown' ? type : 'unknown';
}

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v ? v : null));
const list = z.string().optional().transform(splitList);
const cloudList = z.string().optional().transform(toCloudList);

/** Lenient schema for the metadata of every article; each output field documents itself. */
export const articleMetaSchema = z
  .object({
    /** Identifier as written (compare case-insensitively); derived from the path when missing. */
    articleId: z.string().min(1),
    /** selfHelpType, case-folded to one of SELF_HELP_TYPES. */
    selfHelpType: z.string().optional().transform(toSelfHelpType),
    /** pageTitle, whitespace collapsed and entities decoded. */
    pageTitle: z
      .string()
      .optional()
      .transform((v) => v ?? ''),
    description: z
      .string()
      .optional()
      .transform((v) => v ?? ''),
    /** Clouds the article declares, canonical ids in canonical order. */
    cloudEnvironments: cloudList,
    /** Clouds switched off for this article. */
    disableClouds: cloudList,
    /** Support topic ids: 8-digit numbers or GUIDs, trimmed and de-duplicated in order. */
    supportTopicIds: list,
    /** Product ids: numbers or GUIDs, trimmed and de-duplicated in order. */
    productPesIds: list,
    service: optionalText,
    resource: optionalText,
    /** Sort key within a service; null when absent or empty. */
    displayOrder: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(
        z
          .string()
          .regex(/^-?\d+$/, { error: 'Expected a whole number' })
          .transform(Number)
          .optional()
          .transform((v) => v ?? null),
      ),
    ownershipId: optionalText,
    authors: optionalText,
    'ms.author': optionalText,
    resourceTags: list,
    articleTags: list,
    infoBubbleText: optionalText,
    diagnosticScenario: optionalText,
    schemaVersion: optionalText,
    clientIds: list,
    /** Apollo: whether the solution needs a resource; `True`/`false` in any case. */
    resourceRequired: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(
        z
          .string()
          .regex(/^(true|false)$/i, { error: 'Expected `true` or `false`' })
          .transform((v) => v.toLowerCase() === 'true')
          .optional()
          .transform((v) => v ?? null),
      ),
    symptomId: optionalText,
    icmTeam: optionalText,
    icmService: optionalText,
    feedbackEmail: optionalText,
    category: optionalText,
    productFamilyId: optionalText,
  })
  .transform(({ pageTitle, 'ms.author': msAuthor, ...rest }) => ({
    ...rest,
    title: pageTitle,
    msAuthor,
    /** Where the article shows: cloudEnvironments minus disableClouds. */
    availableIn: rest.cloudEnvironments.filter((c) => !rest.disableClouds.includes(c)),
  }));

/** The typed metadata fields produced by the schema. */
export type ArticleMetaFields = z.output<typeof articleMetaSchema>;

/** Attributes every article needs; a missing one is an error. */
export const CORE_REQUIRED: readonly KnownAttribute[] = ['selfHelpType', 'cloudEnvironments', 'articleId', 'pageTitle'];

/** Attributes the authoring templates require per selfHelpType (FORMAT.md §6.2), beyond CORE_REQUIRED. */
const TEMPLATE_REQUIRED: Record<SelfHelpType, readonly KnownAttribute[]> = {
  generic: ['description', 'service', 'resource', 'authors'],
  resource: ['description', 'service', 'resource', 'authors'],
  diagnostics: ['description', 'service', 'resource', 'infoBubbleText', 'diagnosticScenario', 'ownershipId'],
  rca: ['description', 'service', 'resource', 'ownershipId'],
  servicehealthinsights: ['description', 'service', 'resource', 'articleTags', 'ownershipId'],
  problemscopingquestions: ['description', 'ms.author', 'schemaVersion', 'ownershipId'],
  tsg_content: ['description', 'service', 'resource', 'ms.author', 'ownershipId'],
  tsg_description: ['description', 'service', 'resource', 'ms.author', 'ownershipId'],
  tsg_questions: ['description', 'ms.author', 'schemaVersion', 'ownershipId'],
  advisorrecommendationmetadata: ['description', 'ms.author', 'ownershipId'],
  supporttopicdescription: ['description', 'productPesIds', 'icmTeam', 'icmService', 'feedbackEmail'],
  diagnoseandsolve: ['description', 'ownershipId'],
  apollo: ['description', 'resourceRequired', 'ownershipId'],
  tools: ['description'],
  partnercenterquickstart: [],
  unknown: [],
};

/** Every attribute a type requires: core first, then the template's. pageTitle is not used by partnercenterquickstart. */
export function requiredAttributes(type: SelfHelpType): KnownAttribute[] {
  const core = type === 'partnercenterquickstart' ? CORE_REQUIRED.filter((a) => a !== 'pageTitle') : CORE_REQUIRED;
  return [...core, ...TEMPLATE_REQUIRED[type]];
}

/** What is said of a required attribute that is missing, or there but blank. */
export function presenceMessage(name: string, type: SelfHelpType, problem: 'missing' | 'empty'): string {
  return problem === 'missing'
    ? `\`${name}\` is missing; selfHelpType \`${type}\` requires it`
    : `\`${name}\` is empty; selfHelpType \`${type}\` requires a value`;
}

const presence = (name: string, type: SelfHelpType) =>
  z.string({ error: presenceMessage(name, type, 'missing') }).refine((v) => v.trim() !== '', { error: presenceMessage(name, type, 'empty') });

/** The presence schema of one selfHelpType: every required attribute must be a non-blank string. */
function presenceSchema(type: SelfHelpType) {
  return z.looseObject(Object.fromEntries(requiredAttributes(type).map((name) => [name, presence(name, type)])));
}

/** Per-selfHelpType presence schemas, built once. */
export const requiredBySelfHelpType = new Map<SelfHelpType, ReturnType<typeof presenceSchema>>(SELF_HELP_TYPES.map((type) => [type, presenceSchema(type)]));
