/** `/diagnostics`: files the catalog could not read, and articles whose metadata has errors, with every diagnostic. */
import type { Metadata } from 'next';
import { DiagnosticsTable } from '@/components/DiagnosticsTable/DiagnosticsTable';
import { GuideDiagnostics } from '@/components/GuideDiagnostics/GuideDiagnostics';
import { getCatalog } from '@/lib/catalog/server';

export const metadata: Metadata = { title: 'Content diagnostics' };
// The content directory is read at run time (SELFHELP_CONTENT_DIR), never at build time.
export const dynamic = 'force-dynamic';

export default async function DiagnosticsPage() {
  const catalog = await getCatalog();
  const failures = catalog.failures();
  const withErrors = catalog.all().filter((m) => m.diagnostics.some((d) => d.severity === 'error'));
  const duplicates = catalog.duplicates();
  const nothing = failures.length === 0 && withErrors.length === 0 && duplicates.length === 0;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <h1 style={{ margin: 0 }}>Content diagnostics</h1>
      <p style={{ margin: 0 }}>
        {catalog.size} articles loaded. {failures.length} files could not be read as articles, {withErrors.length} articles have errors in their
        properties, {duplicates.length} article IDs are used more than once. Body diagnostics are reported by <code>npm run selfhelp -- lint</code>.
      </p>
      {nothing && <p>No problems found.</p>}
      {failures.length > 0 && <h2>Files that could not be read as articles</h2>}
      {failures.map((f) => <DiagnosticsTable key={f.file} caption={f.file} diagnostics={f.diagnostics} />)}
      {withErrors.length > 0 && <h2>Articles with errors</h2>}
      {withErrors.map((m) => <DiagnosticsTable key={m.file} caption={m.file} diagnostics={m.diagnostics} />)}
      {duplicates.length > 0 && <h2>Duplicate article IDs</h2>}
      {duplicates.map((g) => <DiagnosticsTable key={g.articleId} caption={`articleId ${g.articleId}`} diagnostics={g.diagnostics} />)}
      <GuideDiagnostics set={catalog.guides()} />
    </div>
  );
}
