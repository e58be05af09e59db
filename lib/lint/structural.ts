/**
 * What the project's own machinery reports (file reading, the content pipeline, the catalog), described once so
 * SARIF output carries its metadata. Keyed by `StructuralRuleId`, so the compiler refuses an id without a
 * description; the authoring rules describe themselves (lib/lint/rules). Severity is the default (a few ids use
 * another for a special case, e.g. `properties-required`).
 */
import type { Severity } from '../content/diagnostics';
import { CATALOG_RULE_IDS, FILE_RULE_IDS, PIPELINE_RULE_IDS, type RuleId, type StructuralRuleId } from '../content/ruleIds';

export interface RuleInfo {
  id: RuleId;
  severity: Severity;
  description: string;
}

const DESCRIBED: Record<StructuralRuleId, Omit<RuleInfo, 'id'>> = {
  'file-unreadable': { severity: 'error', description: 'The file could not be read from disk.' },
  'file-too-large': { severity: 'error', description: 'The file is over the size limit for an article and was not read.' },
  'encoding-not-utf8': { severity: 'warning', description: 'The file is not valid UTF-8 and was read as Windows-1252.' },
  'encoding-bom': { severity: 'warning', description: 'The file starts with more than one byte-order mark.' },
  'properties-missing': { severity: 'error', description: 'The file has no `<properties … />` block.' },
  'properties-not-first': { severity: 'warning', description: 'Text, a heading or a comment comes before the properties block.' },
  'properties-unterminated': { severity: 'error', description: 'The properties block is not closed with `/>`.' },
  'properties-trailing-text': { severity: 'warning', description: 'Text follows `/>` on the same line.' },
  'properties-stray-token': { severity: 'warning', description: 'A token in the block is not a `name="value"` attribute.' },
  'properties-unclosed-quote': { severity: 'error', description: 'An attribute value has no closing quote.' },
  'properties-unquoted-value': { severity: 'warning', description: 'An attribute value is not quoted.' },
  'properties-duplicate-attribute': { severity: 'warning', description: 'An attribute is declared twice.' },
  'properties-unknown-attribute': { severity: 'warning', description: 'An attribute name is not one the format knows.' },
  'properties-misspelled-attribute': { severity: 'warning', description: 'An attribute name is a known misspelling.' },
  'properties-required': { severity: 'error', description: 'An attribute the selfHelpType requires is missing or empty.' },
  'properties-invalid-value': { severity: 'error', description: 'An attribute value has the wrong shape (e.g. a non-numeric displayOrder).' },
  'properties-unknown-cloud': { severity: 'error', description: 'A cloud name is not one of public, fairfax, mooncake, blackforest, usnat, ussec.' },
  'properties-duplicate-value': { severity: 'warning', description: 'A list attribute names the same value twice.' },
  'properties-unknown-type': { severity: 'warning', description: 'The selfHelpType is not one the format knows.' },
  'properties-article-id-derived': { severity: 'warning', description: 'articleId is missing; one was derived from the file path.' },
  'front-matter-invalid': { severity: 'error', description: 'The YAML front matter cannot be parsed.' },
  'body-internal-error': { severity: 'error', description: 'The body reader failed unexpectedly; the article is kept with an empty body.' },
  'h1-missing': { severity: 'warning', description: 'The article has no H1 title.' },
  'h1-multiple': { severity: 'warning', description: 'The article has more than one H1.' },
  'h1-empty': { severity: 'warning', description: 'The H1 has no text.' },
  'h1-indented': { severity: 'warning', description: 'The only H1 is indented so far that it renders as code.' },
  'heading-no-space': { severity: 'warning', description: '`#Title` without a space after the hashes is not a heading.' },
  'heading-setext': { severity: 'warning', description: 'A paragraph line directly above `---` becomes a heading.' },
  'heading-noncanonical': { severity: 'warning', description: "A Recommended Steps / Documents heading is not the template's bold H2." },
  'section-repeated': { severity: 'warning', description: 'A reserved section appears twice.' },
  'link-space-before-url': { severity: 'warning', description: 'A `[text] (url)` near-link in Recommended Documents.' },
  'code-fence-unclosed': { severity: 'error', description: 'A fenced code block is never closed.' },
  'issue-description-unbalanced': { severity: 'warning', description: 'An issueDescription opener without closer, or the reverse.' },
  'region-unbalanced': { severity: 'warning', description: 'A named comment region (rcaDescription, …) is not closed or not opened.' },
  'token-unbalanced': { severity: 'warning', description: 'A replacement token opener without closer, or the reverse.' },
  'token-case-mismatch': { severity: 'warning', description: 'A token closer is spelled with other case than its opener.' },
  'field-value-missing': { severity: 'warning', description: 'A Partner Center field label has no value line.' },
  'field-value-stray': { severity: 'warning', description: 'A Partner Center field value ends with stray quote or comma characters.' },
  'apollo-element-unclosed': { severity: 'warning', description: 'An Apollo element has no closing tag.' },
  'json-delimiters-missing': { severity: 'error', description: 'The JSON body is not between two `---` lines.' },
  'json-syntax': { severity: 'error', description: 'The JSON body does not parse (e.g. an unquoted key).' },
  'json-trailing-comma': { severity: 'warning', description: 'A comma before `}` or `]` in the JSON body.' },
  'json-control-character': { severity: 'warning', description: 'A raw control character inside a JSON string.' },
  'json-extra-content': { severity: 'warning', description: 'A non-blank line outside the JSON body other than the H1.' },
  'json-key-variant': { severity: 'warning', description: 'A JSON key spelled otherwise than the schema (case or a known typo).' },
  'json-schema': { severity: 'warning', description: 'A JSON value does not match the schema of its kind (error when nothing fits).' },
  'catalog-no-content': {
    severity: 'error',
    description: 'The server cannot read its content directory (missing, or `SELFHELP_CONTENT_DIR` names the wrong path).',
  },
  'catalog-not-an-article': {
    severity: 'error',
    description: 'A file named like an article has no `<properties … />` block or front matter; the catalog leaves it out.',
  },
  'catalog-read-failed': { severity: 'error', description: 'Reading the metadata of an article failed unexpectedly; the catalog leaves the file out.' },
};

/** Every structural id with its metadata, in the order of the typed lists. */
export const STRUCTURAL_RULES: readonly RuleInfo[] = [...FILE_RULE_IDS, ...PIPELINE_RULE_IDS, ...CATALOG_RULE_IDS].map((id) => ({ id, ...DESCRIBED[id] }));
