/**
 * The structural diagnostics that the content pipeline itself emits (block, attributes, values, JSON, headings),
 * described once so the CLI, SARIF output and docs/rules.md can name them. Severity is what the pipeline uses.
 */
import type { Severity } from '../content/diagnostics';

export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
}

export const STRUCTURAL_RULES: readonly RuleInfo[] = [
  { id: 'file-unreadable', severity: 'error', description: 'The file could not be read from disk.' },
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
];
