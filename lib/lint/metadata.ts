/**
 * Lint from metadata alone: the authoring rules that only read the properties block, run on an ArticleMeta (its
 * properties pass only, no body parse), plus the pipeline's own block diagnostics. The rules re-read attribute
 * items from the source text, so a small text is rebuilt from the attributes, one per line:
 * counts match a full lint (tested); positions do not, and callers must not show them.
 */
import { emptyBody } from '../content/body';
import type { Diagnostic } from '../content/diagnostics';
import type { Article, ArticleMeta, CatalogMeta, PropertyAttribute } from '../content/model';
import type { LintRuleId } from '../content/ruleIds';
import { lintArticle } from './lint';
import { RULES } from './rules';
import type { LintConfig } from './types';

/** Rules whose checks read nothing but the properties block (and the set's metadata). */
export const METADATA_RULE_IDS: ReadonlySet<string> = new Set<LintRuleId>([
  'cloud-enabled-and-disabled',
  'cloud-retired',
  'duplicate-article-id',
  'support-topic-id-shape',
  'product-id-shape',
  'near-guid',
]);

const INDENT = '    ';

/** The attributes written out one per line after `<properties`, with their value places moved to match. */
function rebuild(meta: ArticleMeta): { text: string; attributes: PropertyAttribute[] } {
  const lines = ['<properties'];
  const attributes = meta.attributes.map((a, i) => {
    const value = a.value.replace(/\n/g, ' ');
    const quote = value.includes('"') ? "'" : '"';
    lines.push(`${INDENT}${a.rawName}=${quote}${value.replaceAll(quote, ' ')}${quote}`);
    const line = i + 2;
    return { ...a, line, column: INDENT.length + 1, valueLine: line, valueColumn: INDENT.length + a.rawName.length + 3 };
  });
  lines.push('/>');
  return { text: `${lines.join('\n')}\n`, attributes };
}

/** The metadata diagnostics of one article: its block's pipeline diagnostics and the metadata rules' reports. */
export function lintMetadata(meta: ArticleMeta, all: readonly CatalogMeta[]): Diagnostic[] {
  const { text, attributes } = rebuild(meta);
  const article: Article = { meta: { ...meta, attributes }, body: emptyBody(), diagnostics: [] };
  return [...meta.diagnostics, ...lintArticle(article, text, all, BODY_RULES_OFF)];
}

// The body rules would find nothing in an empty body; switching them off also saves their walks.
const BODY_RULES_OFF: LintConfig = { rules: Object.fromEntries(RULES.filter((r) => !METADATA_RULE_IDS.has(r.id)).map((r) => [r.id, 'off'])) };
