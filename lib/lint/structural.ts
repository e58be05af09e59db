/**
 * The diagnostics the content pipeline itself emits (block, attributes, values, body, JSON), described once so
 * SARIF output carries their metadata; test/lint.docs.test.ts checks that every id the pipeline emits is here.
 * Severity is the pipeline's default (a few ids use another for a special case, e.g. `properties-required`).
 */
import type { Severity } from '../content/diagnostics';

export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
}

export const STRUCTURAL_RULES: readonly RuleInfo[] = [
  { id: 'file-unreadable', severity: 'error', description: 'The file could not be read from disk.' },
  { id: 'file-too-large', severity: 'error', description: 'The file is over the size limit for an article and was not read.' },
  { id: 'encoding-not-utf8', severity: 'warning', description: 'The file is not valid UTF-8 and was read as Windows-1252.' },
  { id: 'encoding-bom', severity: 'warning', description: 'The file starts with more than one byte-order mark.' },
  { id: 'properties-missing', severity: 'error', description: 'The file has no `<properties … />` block.' },
  { id: 'properties-not-first', severity: 'warning', description: 'Text, a heading or a comment comes before the properties block.' },
  { id: 'properties-unterminated', severity: 'error', description: 'The properties block is not closed with `/>`.' },
  { id: 'properties-trailing-text', severity: 'warning', description: 'Text follows `/>` on the same line.' },
  { id: 'properties-stray-token', severity: 'warning', description: 'A token in the block is not a `name="value"` attribute.' },
  { id: 'properties-unclosed-quote', severity: 'error', description: 'An attribute value has no closing quote.' },
  { id: 'properties-unquoted-value', severity: 'warning', description: 'An attribute value is not quoted.' },
  { id: 'properties-duplicate-attribute', severity: 'warning', description: 'An attribute is declared twice.' },
  { id: 'properties-unknown-attribute', severity: 'warning', description: 'An attribute name is not one the format knows.' },
  { id: 'properties-misspelled-attribute', severity: 'warning', description: 'An attribute name is a known misspelling.' },
  { id: 'properties-required', severity: 'error', description: 'An attribute the selfHelpType requires is missing or empty.' },
  { id: 'properties-invalid-value', severity: 'error', description: 'An attribute value has the wrong shape (e.g. a non-numeric displayOrder).' },
  { id: 'properties-unknown-cloud', severity: 'error', description: 'A cloud name is not one of public, fairfax, mooncake, blackforest, usnat, ussec.' },
  { id: 'properties-duplicate-value', severity: 'warning', description: 'A list attribute names the same value twice.' },
  { id: 'properties-unknown-type', severity: 'warning', description: 'The selfHelpType is not one the format knows.' },
  { id: 'properties-article-id-derived', severity: 'warning', description: 'articleId is missing; one was derived from the file path.' },
  { id: 'front-matter-invalid', severity: 'error', description: 'The YAML front matter cannot be parsed.' },
  { id: 'body-internal-error', severity: 'error', description: 'The body reader failed unexpectedly; the article is kept with an empty body.' },
  { id: 'h1-missing', severity: 'warning', description: 'The article has no H1 title.' },
  { id: 'h1-multiple', severity: 'warning', description: 'The article has more than one H1.' },
  { id: 'h1-empty', severity: 'warning', description: 'The H1 has no text.' },
  { id: 'h1-indented', severity: 'warning', description: 'The only H1 is indented so far that it renders as code.' },
  { id: 'heading-no-space', severity: 'warning', description: '`#Title` without a space after the hashes is not a heading.' },
  { id: 'heading-setext', severity: 'warning', description: 'A paragraph line directly above `---` becomes a heading.' },
  { id: 'heading-noncanonical', severity: 'warning', description: "A Recommended Steps / Documents heading is not the template's bold H2." },
  { id: 'section-repeated', severity: 'warning', description: 'A reserved section appears twice.' },
  { id: 'link-space-before-url', severity: 'warning', description: 'A `[text] (url)` near-link in Recommended Documents.' },
  { id: 'code-fence-unclosed', severity: 'error', description: 'A fenced code block is never closed.' },
  { id: 'issue-description-unbalanced', severity: 'warning', description: 'An issueDescription opener without closer, or the reverse.' },
  { id: 'region-unbalanced', severity: 'warning', description: 'A named comment region (rcaDescription, …) is not closed or not opened.' },
  { id: 'token-unbalanced', severity: 'warning', description: 'A replacement token opener without closer, or the reverse.' },
  { id: 'token-case-mismatch', severity: 'warning', description: 'A token closer is spelled with other case than its opener.' },
  { id: 'field-value-missing', severity: 'warning', description: 'A Partner Center field label has no value line.' },
  { id: 'field-value-stray', severity: 'warning', description: 'A Partner Center field value ends with stray quote or comma characters.' },
  { id: 'apollo-element-unclosed', severity: 'warning', description: 'An Apollo element has no closing tag.' },
  { id: 'json-delimiters-missing', severity: 'error', description: 'The JSON body is not between two `---` lines.' },
  { id: 'json-syntax', severity: 'error', description: 'The JSON body does not parse (e.g. an unquoted key).' },
  { id: 'json-trailing-comma', severity: 'warning', description: 'A comma before `}` or `]` in the JSON body.' },
  { id: 'json-control-character', severity: 'warning', description: 'A raw control character inside a JSON string.' },
  { id: 'json-extra-content', severity: 'warning', description: 'A non-blank line outside the JSON body other than the H1.' },
  { id: 'json-key-variant', severity: 'warning', description: 'A JSON key spelled otherwise than the schema (case or a known typo).' },
  { id: 'json-schema', severity: 'warning', description: 'A JSON value does not match the schema of its kind (error when nothing fits).' },
];
