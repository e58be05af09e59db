/**
 * POST /api/preview `{text, cloud?, tokens?, file?}` → `{file, title, availableIn, diagnostics, differences, serverMs,
 * configProblem?}`: the article read and linted as `selfhelp lint` would, plus what differs between clouds; with
 * `configProblem`, selfhelp.config.json could not be used and the built-in severities were. Over 256 KB → 413.
 * The rendered view comes from the `/preview` page's server action: route handlers run in the React Server
 * Components layer, where Next.js refuses `react-dom/server`, and Fluent's client components cannot render there.
 */
import { articleTitle } from '@/lib/catalog/display';
import { MAX_PREVIEW_BYTES, parsePreviewRequest, previewArticle, tooLargeMessage } from '@/lib/preview/preview';
import { previewLintConfig, readBodyCapped } from '@/lib/preview/server';

export const dynamic = 'force-dynamic';

const fail = (status: number, error: string) => Response.json({ error }, { status });

export async function POST(request: Request): Promise<Response> {
  // A declared length is refused before reading; a chunked body is cut off as soon as it passes the limit.
  const declared = tooLargeMessage(Number(request.headers.get('content-length') ?? 0));
  if (declared) return fail(413, declared);
  const body = await readBodyCapped(request);
  // Reading stopped at the limit, so the real size is unknown here.
  if (body.text === null) return fail(413, `The request body is over ${MAX_PREVIEW_BYTES / 1024} KB, the most the preview accepts`);
  let raw: unknown;
  try {
    raw = JSON.parse(body.text);
  } catch {
    return fail(400, 'Expected a JSON body `{ "text": "…", "cloud": "public", "tokens": "{}" }`');
  }
  const parsed = parsePreviewRequest(raw);
  if (!parsed.ok) return fail(parsed.status, parsed.error);
  const started = performance.now();
  const { config, problem } = previewLintConfig();
  const { article, diagnostics, differences } = previewArticle(parsed.value.text, parsed.value.file, config);
  const serverMs = Math.round((performance.now() - started) * 10) / 10;
  const { meta } = article;
  return Response.json({
    file: meta.file,
    title: articleTitle(article),
    availableIn: meta.availableIn,
    diagnostics,
    differences,
    serverMs,
    ...(problem ? { configProblem: problem } : {}),
  });
}
