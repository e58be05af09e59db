/** The `selfhelp` command line: `export` and `lint`. Usage errors exit 2 with a one-line message. */
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CONFIG_FILE, loadConfig } from '../lint/config';
import type { LintConfig } from '../lint/types';
import { runExport, UsageError } from './export';
import { runLint } from './lint';

const out = (s: string) => process.stdout.write(s);

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

export function buildProgram(): Command {
  const program = new Command('selfhelp')
    .description('Read, export and lint Azure self-help articles')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('export')
    .description('print one JSON object per article under <dir> (NDJSON)')
    .argument('<dir>', 'content directory')
    .action((dir: string) => {
      runExport(dir, (line) => out(`${line}\n`));
      process.exitCode = 0;
    });

  program
    .command('lint')
    .description('check articles; exit 1 when any error is found')
    .argument('<paths...>', 'files or directories')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--max-warnings <n>', 'also fail when there are more than n warnings', wholeNumber)
    .option('--stats', 'print a count per rule', false)
    .option('--config <file>', `rule settings (default: ./${CONFIG_FILE} when present)`)
    .action((paths: string[], opts: { format: 'text' | 'json' | 'sarif'; maxWarnings?: number; stats: boolean; config?: string }) => {
      let config: LintConfig;
      try {
        config = loadConfig(resolve(opts.config ?? CONFIG_FILE), opts.config !== undefined);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      process.exitCode = runLint(paths, { format: opts.format, maxWarnings: opts.maxWarnings, stats: opts.stats, config }, out);
    });

  return program;
}

export function main(argv: string[]): void {
  try {
    buildProgram().parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`selfhelp: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}

main(process.argv.slice(2));
