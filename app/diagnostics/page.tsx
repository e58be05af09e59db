/**
 * `/diagnostics`: files the catalog could not read, articles whose metadata has errors, duplicate ids and links to
 * articles that are not there, each file with its diagnostics and links to its article and (in development) its preview.
 */
import type { Metadata } from 'next';
import { ContentDiagnostics } from '@/components/ContentDiagnostics/ContentDiagnostics';
import { getCatalog } from '@/lib/catalog/server';
import type { Diagnostic } from '@/lib/content/diagnostics';
import type { CatalogMeta } from '@/lib/content/model';
import { fileAccessAllowed } from '@/lib/preview/server';
import { articleHref } from '@/lib/routes/article';

export const metadata: Metadata = { title: 'Content diagnostics' };
// The content directory is read at run time (SELFHELP_CONTENT_DIR), never at build time.
export const dynamic = 'force-dynamic';

export default async function DiagnosticsPage() {
  const catalog = await getCatalog();
  const missingLinks = new Map<string, { meta: CatalogMeta; diagnostics: Diagnostic[] }>();
  for (const l of catalog.missingArticleLinks()) {
    const d: Diagnostic = {
      file: l.file,
      line: l.line,
      column: l.column,
      ruleId: 'article-link-missing',
      severity: 'warning',
      message: `\`${l.via}\` names article \`${l.articleId}\`, which is not in this catalog`,
    };
    missingLinks.set(l.file, { meta: l.from, diagnostics: [...(missingLinks.get(l.file)?.diagnostics ?? []), d] });
  }
  return (
    <ContentDiagnostics
      articles={catalog.size}
      failures={catalog.failures()}
      withErrors={catalog.all().filter((m) => m.diagnostics.some((d) => d.severity === 'error'))}
      duplicates={catalog.duplicates()}
      missingLinks={missingLinks}
      guides={catalog.guides()}
      preview={fileAccessAllowed()}
      // A duplicated id needs the file to reach this one article rather than the chooser.
      articleHref={(m) => articleHref(m.articleId, undefined, catalog.byId(m.articleId).length > 1 ? m.file : undefined)}
      duplicateHref={(id) => articleHref(id)}
    />
  );
}
