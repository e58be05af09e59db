/**
 * The body of `/diagnostics`: counts by kind, then each kind's files with their diagnostics and links to the article
 * and (when the preview may open files) the preview. The route gathers the facts from the catalog.
 */
import type { ReactNode } from 'react';
import type { Diagnostic } from '@/lib/content/diagnostics';
import type { CatalogMeta } from '@/lib/content/model';
import type { GuideSet } from '@/lib/guides/model';
import { count } from '@/lib/render/humanize';
import { FileDiagnostics } from '../FileDiagnostics/FileDiagnostics';
import { GuideDiagnostics } from '../GuideDiagnostics/GuideDiagnostics';
import { LabelledSection } from '../LabelledSection/LabelledSection';
import styles from './ContentDiagnostics.module.css';

export interface ContentDiagnosticsProps {
  articles: number;
  failures: ReadonlyArray<{ file: string; diagnostics: Diagnostic[] }>;
  withErrors: readonly CatalogMeta[];
  duplicates: ReadonlyArray<{ articleId: string; diagnostics: Diagnostic[] }>;
  /** Links to missing articles, as one warning per link, grouped by the file holding them. */
  missingLinks: ReadonlyMap<string, { meta: CatalogMeta; diagnostics: Diagnostic[] }>;
  guides: GuideSet;
  /** Whether the preview may open content files (development). */
  preview: boolean;
  articleHref: (meta: CatalogMeta) => string;
  duplicateHref: (articleId: string) => string;
}

/** One group of the page: a titled section of files with their diagnostics. */
function Group({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <LabelledSection id={id} title={title} className={styles.group} titleClassName={styles.groupTitle}>
      {children}
    </LabelledSection>
  );
}

export function ContentDiagnostics({
  articles,
  failures,
  withErrors,
  duplicates,
  missingLinks,
  guides,
  preview,
  articleHref,
  duplicateHref,
}: ContentDiagnosticsProps) {
  const previewHref = (file: string) => (preview ? `/preview?file=${encodeURIComponent(file)}` : undefined);
  let links = 0;
  for (const { diagnostics } of missingLinks.values()) links += diagnostics.length;
  const nothing = failures.length + withErrors.length + duplicates.length + links + guides.unplaced.length + guides.empty().length === 0;
  return (
    <div className={styles.page}>
      <p className={styles.summary}>
        {count(articles, 'article')} loaded. Body diagnostics are reported by <code>npm run selfhelp -- lint</code>.
        {!preview && (
          <>
            {' '}
            The preview opens content files in development only (<code>npm run dev</code>, then <code>/preview?file=&lt;path&gt;</code>).
          </>
        )}
      </p>
      <ul className={styles.counts} aria-label="Problems by kind">
        <li>Files not read as articles: {failures.length}</li>
        <li>Articles with errors in their properties: {withErrors.length}</li>
        <li>Article IDs used more than once: {duplicates.length}</li>
        <li>Links to articles that are not there: {links}</li>
        <li>Troubleshooter nodes without a guide: {guides.unplaced.length}</li>
      </ul>
      {nothing && <p>No problems found.</p>}
      {failures.length > 0 && (
        <Group id="failures-heading" title="Files that could not be read as articles">
          {failures.map((f) => (
            <FileDiagnostics key={f.file} file={f.file} diagnostics={f.diagnostics} previewHref={previewHref(f.file)} />
          ))}
        </Group>
      )}
      {withErrors.length > 0 && (
        <Group id="errors-heading" title="Articles with errors">
          {withErrors.map((m) => (
            <FileDiagnostics key={m.file} file={m.file} diagnostics={m.diagnostics} articleHref={articleHref(m)} previewHref={previewHref(m.file)} />
          ))}
        </Group>
      )}
      {duplicates.length > 0 && (
        <Group id="duplicates-heading" title="Duplicate article IDs">
          {duplicates.map((g) => (
            <FileDiagnostics
              key={g.articleId}
              file={g.articleId}
              title={`articleId ${g.articleId}`}
              diagnostics={g.diagnostics}
              articleHref={duplicateHref(g.articleId)}
            />
          ))}
        </Group>
      )}
      {missingLinks.size > 0 && (
        <Group id="missing-heading" title="Links to articles that are not there">
          {[...missingLinks].map(([file, { meta, diagnostics }]) => (
            <FileDiagnostics key={file} file={file} diagnostics={diagnostics} articleHref={articleHref(meta)} previewHref={previewHref(file)} />
          ))}
        </Group>
      )}
      <GuideDiagnostics set={guides} />
    </div>
  );
}
