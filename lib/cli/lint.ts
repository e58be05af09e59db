/** `selfhelp lint <file|dir>…`: reads the paths, lints them, prints in the chosen format, returns the exit code. */
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readArticleFiles, readContentFile } from '../catalog/files';
import { formatJson } from '../lint/format/json';
import { formatSarif } from '../lint/format/sarif';
import { formatStats, formatText } from '../lint/format/text';
import { type LintInput, lintFiles } from '../lint/lint';
import type { LintConfig } from '../lint/types';
import { UsageError } from './export';

export interface LintOptions {
  format: 'text' | 'json' | 'sarif';
  maxWarnings?: number;
  stats: boolean;
  config: LintConfig;
}

const display = (path: string) => (relative(process.cwd(), path) || path).split(sep).join('/');

/** Collects inputs from files and directories (directories are walked and filtered by content). */
export function collectInputs(paths: string[]): LintInput[] {
  const inputs: LintInput[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const files = isDir ? [...readArticleFiles(path)] : [readContentFile({ file: path, path })];
    for (const f of files) inputs.push({ file: display(isDir ? join(path, f.file) : path), bytes: f.bytes, error: f.error, ruleId: f.ruleId });
  }
  return inputs;
}

export function runLint(paths: string[], options: LintOptions, out: (s: string) => void): number {
  const result = lintFiles(collectInputs(paths), options.config);
  if (options.format === 'json') out(formatJson(result));
  else if (options.format === 'sarif') out(formatSarif(result));
  else out(formatText(result));
  if (options.stats) out(formatStats(result));
  if (result.errorCount > 0) return 1;
  if (options.maxWarnings !== undefined && result.warningCount > options.maxWarnings) return 1;
  return 0;
}
