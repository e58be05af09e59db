/** `selfhelp.config.json`: per-rule settings (`off`, `info`, `warn`, `error`), validated with zod. */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { closestName } from '../content/attributes';
import { RULE_IDS } from '../content/ruleIds';
import type { LintConfig } from './types';

export const configSchema = z.object({
  rules: z.record(z.string(), z.enum(['off', 'info', 'warn', 'error'])).default({}),
});

export const CONFIG_FILE = 'selfhelp.config.json';

/** Reads the config at `path`; a missing default file means no overrides. Throws a one-line Error on bad content. */
export function loadConfig(path: string, explicit: boolean): LintConfig {
  if (!existsSync(path)) {
    if (explicit) throw new Error(`config file not found: ${path}`);
    return { rules: {} };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') || 'config'}: ${issue?.message ?? 'invalid'}`);
  }
  // A misspelt rule name would otherwise leave the rule on without a word.
  for (const name of Object.keys(parsed.data.rules)) {
    if (KNOWN.has(name)) continue;
    const hint = closestName(name, RULE_IDS);
    throw new Error(`${path}: rules.${name}: unknown rule${hint ? `; did you mean \`${hint}\`?` : ''} (the rules are listed in docs/rules.md)`);
  }
  return parsed.data;
}

const KNOWN = new Set<string>(RULE_IDS);
