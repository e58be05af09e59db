/**
 * `/diagnostics`: files the catalog could not read, articles whose metadata has errors, duplicate ids and links to
 * articles that are not there, each file with its diagnostics and links to its article and (in development) its preview.
 */
import type { Metadata } from 'next';
import { FileDiagnostics } from '@/components/FileDiagnostics/FileDiagnostics';
import { GuideDiagnostics } from '@/components/GuideDiagnostics/GuideDiagnostics';
import { articleHref } from '@/lib/routes/article';
import { getCatalog } from '@/lib/catalog/server';
import type { Diagnostic } from '@/lib/content/diagnostics';
import type { ArticleMeta } from '@/lib/content/model';
import { fileAccessAllowed } from '@/lib/preview/server';
import { count } from '@/lib/render/humanize';
import styles from './page.module.css';

export const metadata: Metadata = { title: 'Content diagnostics' };
// The content directory is read at run time (SELFHELP_CONTENT_DIR), never at build time.
export const dynamic = 'force-dynamic';

export default async function DiagnosticsPage() {
  const catalog = await getCatalog();
  const failures = catalog.failures();
  const withErrors = catalog.all().filter((m) => m.diagnostics.some((d) => d.severity === 'error'));
  const duplicates = catalog.duplicates();
  const missing = catalog.missingArticleLinks();
  const preview = fileAccessAllowed();
  const previewHref = (file: string) => (preview ? `/preview?file=${encodeURIComponent(file)}` : undefined);
  // A duplicated id needs the file to reach this one article rather than the chooser.
  const hrefOf = (m: ArticleMeta) => articleHref(m.articleId, undefined, catalog.byId(m.articleId).length > 1 ? m.file : undefined);
  const byFile = new Map<string, { meta: ArticleMeta; diagnostics: Diagnostic[] }>();
  for (const l of missing) {
    const d: Diagnostic = { file: l.file, line: l.line, column: l.column, ruleId: 'article-link-missing', severity: 'warning', message: `\`${l.via}\` names article \`${l.articleId}\`, which is not in this catalog` };
    byFile.set(l.file, { meta: l.from, diagnostics: [...(byFile.get(l.file)?.diagnostics ?? []), d] });
  }
  const guides = catalog.guides();
  const nothing = failures.length + withErrors.length + duplicates.length + missing.length + guides.unplaced.length + guides.empty().length === 0;
  return (
    <div className={styles.page}>
      <p className={styles.summary}>
        {count(catalog.size, 'article')} loaded. Body diagnostics are reported by <code>npm run selfhelp -- lint</code>.
        {!preview && <> The preview opens content files in development only (<code>npm run dev</code>, then <code>/preview?file=&lt;path&gt;</code>).</>}
      </p>
      <ul className={styles.counts} aria-label="Problems by kind">
        <li>Files not read as articles: {failures.length}</li>
        <li>Articles with errors in their properties: {withErrors.length}</li>
        <li>Article IDs used more than once: {duplicates.length}</li>
        <li>Links to articles that are not there: {missing.length}</li>
        <li>Troubleshooter nodes without a guide: {guides.unplaced.length}</li>
      </ul>
      {nothing && <p>No problems found.</p>}
      {failures.length > 0 && (
        <section className={styles.group} aria-labelledby="failures-heading">
          <h2 id="failures-heading" className={styles.groupTitle}>Files that could not be read as articles</h2>
          {failures.map((f) => <FileDiagnostics key={f.file} file={f.file} diagnostics={f.diagnostics} previewHref={previewHref(f.file)} />)}
        </section>
      )}
      {withErrors.length > 0 && (
        <section className={styles.group} aria-labelledby="errors-heading">
          <h2 id="errors-heading" className={styles.groupTitle}>Articles with errors</h2>
          {withErrors.map((m) => <FileDiagnostics key={m.file} file={m.file} diagnostics={m.diagnostics} articleHref={hrefOf(m)} previewHref={previewHref(m.file)} />)}
        </section>
      )}
      {duplicates.length > 0 && (
        <section className={styles.group} aria-labelledby="duplicates-heading">
          <h2 id="duplicates-heading" className={styles.groupTitle}>Duplicate article IDs</h2>
          {duplicates.map((g) => <FileDiagnostics key={g.articleId} file={g.articleId} title={`articleId ${g.articleId}`} diagnostics={g.diagnostics} articleHref={articleHref(g.articleId)} />)}
        </section>
      )}
      {byFile.size > 0 && (
        <section className={styles.group} aria-labelledby="missing-heading">
          <h2 id="missing-heading" className={styles.groupTitle}>Links to articles that are not there</h2>
          {[...byFile].map(([file, { meta, diagnostics }]) => <FileDiagnostics key={file} file={file} diagnostics={diagnostics} articleHref={hrefOf(meta)} previewHref={previewHref(file)} />)}
        </section>
      )}
      <GuideDiagnostics set={guides} />
    </div>
  );
}
