/**
 * GET /api/articles/:id → the whole typed Article `{ meta, body, diagnostics }` plus `duplicates`.
 * Ids compare case-insensitively. When several files share the id (a content bug the catalog flags), the first
 * by path is returned and `duplicates` lists the other files; `?file=<path>` picks one of them. 404 when unknown.
 */
import { getCatalog } from '@/lib/catalog/server';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const catalog = await getCatalog();
  const matches = catalog.byId(id);
  const wanted = new URL(request.url).searchParams.get('file');
  const meta = wanted ? matches.find((m) => m.file === wanted) : matches[0];
  if (!meta) {
    const error = wanted ? `No file \`${wanted}\` has articleId \`${id}\`` : `No article has articleId \`${id}\``;
    return Response.json({ error }, { status: 404 });
  }

  const article = await catalog.getArticle(meta);
  if (!article) return Response.json({ error: `The file \`${meta.file}\` of article \`${id}\` is gone` }, { status: 404 });
  const duplicates = matches.filter((m) => m !== meta).map((m) => m.file);
  return Response.json({ ...article, duplicates });
}
