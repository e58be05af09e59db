/**
 * Every id a diagnostic can carry, as typed lists: `Diagnostic.ruleId` is a `RuleId`, so the compiler keeps every
 * emitter (pipeline, catalog, CLI, lint rules) to these lists, lib/lint/structural.ts must describe every id but the
 * authoring rules', and test/lint.docs.test.ts holds docs/rules.md to exactly this set. A leaf module.
 */

/** Reading a file (the CLI, the catalog's loader): reported instead of everything else about the file. */
export const FILE_RULE_IDS = ['file-unreadable', 'file-too-large'] as const;

/** Reported by the content pipeline (lib/content) while it reads an article. */
export const PIPELINE_RULE_IDS = [
  'encoding-not-utf8',
  'encoding-bom',
  'properties-missing',
  'properties-not-first',
  'properties-unterminated',
  'properties-trailing-text',
  'properties-stray-token',
  'properties-unclosed-quote',
  'properties-unquoted-value',
  'properties-duplicate-attribute',
  'properties-unknown-attribute',
  'properties-misspelled-attribute',
  'properties-required',
  'properties-invalid-value',
  'properties-unknown-cloud',
  'properties-duplicate-value',
  'properties-unknown-type',
  'properties-article-id-derived',
  'front-matter-invalid',
  'body-internal-error',
  'h1-missing',
  'h1-multiple',
  'h1-empty',
  'h1-indented',
  'heading-no-space',
  'heading-setext',
  'heading-noncanonical',
  'section-repeated',
  'link-space-before-url',
  'code-fence-unclosed',
  'issue-description-unbalanced',
  'region-unbalanced',
  'token-unbalanced',
  'token-case-mismatch',
  'field-value-missing',
  'field-value-stray',
  'apollo-element-unclosed',
  'json-delimiters-missing',
  'json-syntax',
  'json-trailing-comma',
  'json-control-character',
  'json-extra-content',
  'json-key-variant',
  'json-schema',
] as const;

/** Reported by the catalog (lib/catalog) about the loaded set: the server's diagnostics page and API show them. */
export const CATALOG_RULE_IDS = ['catalog-no-content', 'catalog-not-an-article', 'catalog-read-failed'] as const;

/** Authoring rules, one file each under lib/lint/rules/ (registered, in running order, in lib/lint/rules/index.ts). */
export const LINT_RULE_IDS = [
  'aka-ms-link',
  'article-link-missing',
  'cloud-enabled-and-disabled',
  'cloud-retired',
  'docs-link-locale',
  'duplicate-article-id',
  'empty-link',
  'http-link',
  'image-alt-missing',
  'issue-description-markup',
  'link-scheme-typo',
  'list-too-deep',
  'near-guid',
  'near-link',
  'no-alerts',
  'no-tables',
  'product-id-shape',
  'review-link',
  'section-empty',
  'sections-order',
  'support-topic-id-shape',
  'visibility-rule-malformed',
] as const;

export type FileRuleId = (typeof FILE_RULE_IDS)[number];
export type PipelineRuleId = (typeof PIPELINE_RULE_IDS)[number];
export type CatalogRuleId = (typeof CATALOG_RULE_IDS)[number];
export type LintRuleId = (typeof LINT_RULE_IDS)[number];
/** Ids reported by the project's own machinery rather than an authoring rule: described in lib/lint/structural.ts. */
export type StructuralRuleId = FileRuleId | PipelineRuleId | CatalogRuleId;
export type RuleId = StructuralRuleId | LintRuleId;

/** Every id, once. */
export const RULE_IDS: readonly RuleId[] = [...FILE_RULE_IDS, ...PIPELINE_RULE_IDS, ...CATALOG_RULE_IDS, ...LINT_RULE_IDS];
