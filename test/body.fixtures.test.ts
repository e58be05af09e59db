/**
 * Fixture runner for the body model: each `test/fixtures/body/<case>/input.md` is read like the real
 * pipeline does (BOM stripped, newlines normalised, properties block lexed) and summarised compactly;
 * the summary must equal `expected.json`. `UPDATE=1 npx vitest run test/body.fixtures.test.ts` rewrites them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { parseBody } from '@/lib/content/body';
import { DiagnosticBag, LineIndex, sortDiagnostics } from '@/lib/content/diagnostics';
import { SELF_HELP_TYPES, type SelfHelpType } from '@/lib/content/model';
import { lexProperties } from '@/lib/content/properties';
import { summariseBody } from './body.summary';
import { expectFixture } from './support/fixtures';

const ROOT = join(import.meta.dirname, 'fixtures', 'body');

/** Reads a fixture the way the loader reads an article, then builds the body model. */
function run(raw: string): unknown {
  const text = raw.replace(/^\uFEFF+/, '').replace(/\r\n?/g, '\n');
  const lines = new LineIndex(text);
  const bag = new DiagnosticBag('input.md');
  const lexed = lexProperties(text, new DiagnosticBag('input.md'), lines);
  const type =
    lexed.attributes
      .find((a) => a.name.toLowerCase() === 'selfhelptype')
      ?.value.trim()
      .toLowerCase() ?? '';
  const selfHelpType: SelfHelpType = SELF_HELP_TYPES.find((t) => t === type) ?? 'unknown';
  const block = lexed.start >= 0 ? { start: lexed.start, end: lexed.end } : null;
  const body = parseBody({ text, block, selfHelpType, bag, lines });
  return summariseBody(body, sortDiagnostics(bag.items));
}

describe('body fixtures', () => {
  for (const name of readdirSync(ROOT).sort()) {
    it(name, () => {
      const dir = join(ROOT, name);
      const actual = run(readFileSync(join(dir, 'input.md'), 'utf8'));
      expectFixture(join(dir, 'expected.json'), actual);
    });
  }
});
