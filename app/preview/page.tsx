/**
 * `/preview[?file=<path under the content directory>]`: the live authoring preview. The first view is rendered
 * here with the page (so the styles of every part ship with it); edits go through the same server action.
 * `?file=` is a development feature: elsewhere the page says so and opens the starter article instead.
 */
import type { Metadata } from 'next';
import { Backticked } from '@/components/Backticked/Backticked';
import { PreviewWorkbench } from '@/components/PreviewWorkbench/PreviewWorkbench';
import { readPreviewFile } from '@/lib/preview/server';
import { STARTER_ARTICLE } from '@/lib/preview/starter';
import { renderPreview } from './actions';
import styles from './page.module.css';

export const metadata: Metadata = { title: 'Preview an article' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function PreviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = (await searchParams).file;
  const requested = Array.isArray(raw) ? raw[0] : raw;
  const opened = requested === undefined ? null : await readPreviewFile(requested);
  const text = opened?.ok ? opened.text : STARTER_ARTICLE;
  const file = opened?.ok ? opened.file : undefined;
  const initial = await renderPreview({ text, cloud: 'public', tokens: '', file, allClouds: false });
  return (
    <div className={styles.page}>
      <div className={styles.intro}>
        <p className={styles.lead}>
          Type or paste an article: it renders as customers see it, per cloud, with the diagnostics of <code>selfhelp lint</code>. Your text stays in this
          browser.
        </p>
      </div>
      {opened && !opened.ok && (
        <div className={styles.warning} role="status">
          <strong>File not opened.</strong> <Backticked text={opened.error} />
        </div>
      )}
      <PreviewWorkbench render={renderPreview} initialText={text} initial={initial} file={file} mtimeMs={opened?.ok ? opened.mtimeMs : undefined} />
    </div>
  );
}
