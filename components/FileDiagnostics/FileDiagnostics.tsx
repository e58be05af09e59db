/**
 * One file's diagnostics on `/diagnostics`: the file as a heading, links to its article page and to the preview
 * (when the server opens files, i.e. in development), then the table. Server component.
 */
import type { Diagnostic } from '@/lib/content/diagnostics';
import { DiagnosticsTable } from '../DiagnosticsTable/DiagnosticsTable';
import styles from './FileDiagnostics.module.css';

export interface FileDiagnosticsProps {
  /** Path under the content directory (or a group name such as `articleId x`). */
  file: string;
  /** The heading: the file unless given. */
  title?: string;
  diagnostics: readonly Diagnostic[];
  /** The file's article page, when the file is an article. */
  articleHref?: string;
  /** The preview of the file, when this server can open files. */
  previewHref?: string;
}

export function FileDiagnostics({ file, title, diagnostics, articleHref, previewHref }: FileDiagnosticsProps) {
  return (
    <section className={styles.file}>
      <div className={styles.head}>
        <h3 className={styles.name}>
          <code>{title ?? file}</code>
        </h3>
        {(articleHref || previewHref) && (
          <p className={styles.links}>
            {articleHref && <a href={articleHref}>Open the article</a>}
            {previewHref && <a href={previewHref}>Open in the preview</a>}
          </p>
        )}
      </div>
      <DiagnosticsTable diagnostics={diagnostics} caption={`Diagnostics of ${title ?? file}`} file={title ? undefined : file} />
    </section>
  );
}
