/**
 * Unclosed code fences (FORMAT.md §2.10: 11 real files). CommonMark runs an unclosed fence to the end of its
 * container, silently turning the rest of the article into code; the fence's own source tells whether a
 * closing fence was found. Fences sit inside list items and blockquotes too: the caller collects every code
 * block in its one walk of the tree.
 */
import type { Code } from 'mdast';
import type { BodyContext } from './context';

const FENCE = /^[ \t>]*(`{3,}|~{3,})/;

/** Reports every fenced code block whose closing fence is missing. */
export function checkFences(ctx: BodyContext, codes: Code[]): void {
  for (const code of codes) checkFence(ctx, code);
}

function checkFence(ctx: BodyContext, node: Code): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const src = ctx.text.slice(start, end);
  const open = FENCE.exec(src)?.[1];
  if (!open) return; // indented code has no fence to close
  const lastNl = src.lastIndexOf('\n');
  const last =
    lastNl === -1
      ? ''
      : src
          .slice(lastNl + 1)
          .replace(/^[ \t>]*/, '')
          .trimEnd();
  const closed = last.length >= open.length && last[0] === open[0] && /^(`+|~+)$/.test(last);
  if (closed) return;
  ctx.bag.error(
    ctx.lines.at(start),
    'code-fence-unclosed',
    `The code fence \`${open}\` is never closed, so the rest of its block renders as code; expected a closing \`${open}\``,
  );
}
