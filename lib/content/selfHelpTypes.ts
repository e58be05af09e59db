/**
 * The self-help types an article can declare, their names for people, and which have JSON bodies: a leaf module,
 * so the schema and the model both take them from here (model.ts hands them on).
 */

/** Canonical (lower-case) self-help types; `unknown` when the block names none we know. */
export const SELF_HELP_TYPES = [
  'generic',
  'resource',
  'diagnostics',
  'rca',
  'servicehealthinsights',
  'problemscopingquestions',
  'tsg_content',
  'tsg_description',
  'tsg_questions',
  'advisorrecommendationmetadata',
  'supporttopicdescription',
  'diagnoseandsolve',
  'apollo',
  'tools',
  'partnercenterquickstart',
  'unknown',
] as const;

export type SelfHelpType = (typeof SELF_HELP_TYPES)[number];

/** Each type whose body is `H1, ---, JSON, ---`, with the kind of JSON it holds (lib/content/json). */
export const JSON_KIND_OF_TYPE = {
  problemscopingquestions: 'problemScoping',
  tsg_questions: 'tsgQuestions',
  advisorrecommendationmetadata: 'advisor',
  supporttopicdescription: 'supportTopicDescription',
  diagnoseandsolve: 'diagnoseAndSolve',
} as const satisfies Partial<Record<SelfHelpType, string>>;

/** Types whose body is `H1, ---, JSON, ---`. */
export const JSON_BODY_TYPES: ReadonlySet<SelfHelpType> = new Set(Object.keys(JSON_KIND_OF_TYPE) as SelfHelpType[]);

/** Human names for the types, for facets and badges. */
export const SELF_HELP_TYPE_LABELS: Record<SelfHelpType, string> = {
  generic: 'Generic',
  resource: 'Resource',
  diagnostics: 'Diagnostics insight',
  rca: 'Root cause analysis',
  servicehealthinsights: 'Service health insight',
  problemscopingquestions: 'Problem scoping questions',
  tsg_content: 'Troubleshooter content',
  tsg_description: 'Troubleshooter description',
  tsg_questions: 'Troubleshooter questions',
  advisorrecommendationmetadata: 'Advisor recommendation',
  supporttopicdescription: 'Support topic description',
  diagnoseandsolve: 'Diagnose and solve',
  apollo: 'Apollo solution',
  tools: 'Tools',
  partnercenterquickstart: 'Partner Center quick start',
  unknown: 'Unknown type',
};
