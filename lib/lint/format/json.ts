/** JSON output: the lint result as data. */
import type { LintResult } from '../types';

export function formatJson(result: LintResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
