/** SARIF 2.1.0 output, with rule metadata for every rule the run knows, for code-scanning tools. */
import type { Severity } from '../../content/diagnostics';
import { RULES } from '../rules';
import { STRUCTURAL_RULES } from '../structural';
import type { LintResult } from '../types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const DOCS = 'docs/rules.md';

/** SARIF 2.1.0 of a lint run. Every id a diagnostic can carry is described (RuleId is typed, structural.ts complete). */
export function formatSarif(result: LintResult, toolVersion = '0.1.0'): string {
  const rules = [...STRUCTURAL_RULES, ...RULES];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'selfhelp',
            version: toolVersion,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: `${DOCS}#${r.id}`,
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        results: result.files.flatMap((f) =>
          f.diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ruleIndex: index.get(d.ruleId) ?? 0,
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(f.file) },
                  region: {
                    startLine: d.line,
                    startColumn: d.column,
                    ...(d.endLine ? { endLine: d.endLine, endColumn: d.endColumn } : {}),
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
