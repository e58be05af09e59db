/**
 * Replacement tokens `<!--$name-->placeholder<!--/$name-->` (FORMAT.md §3.1). Names pair case-insensitively
 * (`FrontEndIP` … `FrontEndIp` occurs) and may hold spaces (`$ Scenario`, `List of Public IPs`).
 */
import type { Token } from '../model';
import type { BodyContext } from './context';
import type { Marker } from './markers';

/** Pairs token markers into tokens; unpaired openers/closers and case mismatches are reported. */
export function pairTokens(ctx: BodyContext, markers: Marker[]): Token[] {
  const tokens: Token[] = [];
  const open = new Map<string, Marker>();
  for (const m of markers) {
    if (m.kind !== 'token') continue;
    const pending = open.get(m.key);
    if (!m.closing) {
      if (pending) unbalanced(ctx, pending, 'opener');
      open.set(m.key, m);
      continue;
    }
    if (!pending) {
      unbalanced(ctx, m, 'closer');
      continue;
    }
    open.delete(m.key);
    if (pending.name !== m.name) {
      ctx.bag.warn(
        ctx.lines.at(m.start),
        'token-case-mismatch',
        `Token closer \`<!--/$${m.name}-->\` differs from its opener \`<!--$${pending.name}-->\`, expected the same spelling`,
      );
    }
    const at = ctx.lines.at(pending.start);
    tokens.push({
      name: pending.name,
      placeholder: ctx.text.slice(pending.end, m.start),
      line: at.line,
      column: at.column,
      offset: pending.start,
      endOffset: m.end,
    });
  }
  for (const m of open.values()) unbalanced(ctx, m, 'opener');
  return tokens.sort((a, b) => a.offset - b.offset);
}

function unbalanced(ctx: BodyContext, m: Marker, which: 'opener' | 'closer'): void {
  const message =
    which === 'opener'
      ? `Token \`<!--$${m.name}-->\` is never closed, expected \`<!--/$${m.name}-->\``
      : `Token closer \`<!--/$${m.name}-->\` has no opener, expected \`<!--$${m.name}-->\` before it`;
  ctx.bag.warn(ctx.lines.at(m.start), 'token-unbalanced', message);
}
