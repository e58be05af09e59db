/** Text output: `file:line:col  severity  message  rule-id`, grouped by file, then a summary line. */
import type { LintResult } from '../types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatText(result: LintResult): string {
  const blocks: string[] = [];
  for (const { file, diagnostics } of result.files) {
    if (diagnostics.length === 0) continue;
    blocks.push(diagnostics.map((d) => `${file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.ruleId}`).join('\n'));
  }
  const withProblems = result.files.filter((f) => f.diagnostics.length > 0).length;
  const summary =
    `${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}` +
    (result.infoCount ? `, ${result.infoCount} info` : '') +
    ` in ${plural(withProblems, 'file')} (${plural(result.files.length, 'file')} checked)`;
  return `${[...blocks, summary].join('\n\n')}\n`;
}

/** `--stats`: one line per rule with its count, most frequent first. */
export function formatStats(result: LintResult): string {
  const counts = new Map<string, { severity: string; n: number }>();
  for (const d of result.files.flatMap((f) => f.diagnostics)) {
    const key = `${d.ruleId}\u0000${d.severity}`;
    counts.set(key, { severity: d.severity, n: (counts.get(key)?.n ?? 0) + 1 });
  }
  const rows = [...counts].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
  const ruleOf = (key: string) => key.slice(0, key.indexOf('\u0000'));
  const width = Math.max(4, ...rows.map(([k]) => ruleOf(k).length));
  return `${rows.map(([k, v]) => `${ruleOf(k).padEnd(width)}  ${v.severity.padEnd(7)}  ${v.n}`).join('\n')}\n`;
}
