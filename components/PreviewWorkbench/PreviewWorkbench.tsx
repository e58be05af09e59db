'use client';
/**
 * `/preview`: the editor (markdown, token sample, diagnostics) beside the article as customers get it. The view is
 * rendered on the server by `render` (the page's server action); this leaf holds the text and the choices, keeps
 * the draft in the browser and asks before the author leaves with unsaved text. Native controls only.
 */
import { useCallback, useRef, useState } from 'react';
import { CLOUD_IDS, CLOUDS, type CloudId, toCloudId } from '@/lib/clouds';
import type { Diagnostic } from '@/lib/content/diagnostics';
import { offsetOf } from '@/lib/preview/offset';
import { Backticked } from '../Backticked/Backticked';
import { DiagnosticList } from '../DiagnosticList/DiagnosticList';
import styles from './PreviewWorkbench.module.css';
import type { PreviewOutcome, RenderPreview } from './types';
import { draftKey, useDraft } from './useDraft';
import { useFileSync } from './useFileSync';
import { useLeaveWarning } from './useLeaveWarning';
import { usePreview } from './usePreview';

export interface PreviewWorkbenchProps {
  render: RenderPreview;
  initialText: string;
  initial: PreviewOutcome;
  /** The content file being edited (development only), followed on disk. */
  file?: string;
  mtimeMs?: number;
}

export function PreviewWorkbench({ render, initialText, initial, file, mtimeMs }: PreviewWorkbenchProps) {
  const [text, setText] = useState(initialText);
  const [tokens, setTokens] = useState('');
  const [view, setView] = useState<CloudId | 'all'>('public');
  const [saved, setSaved] = useState(initialText);
  const [onDisk, setOnDisk] = useState<string | null>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  const input = { text, tokens, file, cloud: view === 'all' ? 'public' : view, allClouds: view === 'all' };
  const state = usePreview(render, input, initial);
  const draft = useDraft(draftKey(file), text, saved, setText);
  useLeaveWarning(text !== saved);

  useFileSync(file, mtimeMs, (next) => {
    // Unsaved edits in the editor are not thrown away: the author chooses.
    if (text === saved) setText(next);
    else setOnDisk(next);
    setSaved(next);
  });

  const select = useCallback((d: Diagnostic) => {
    const el = editor.current;
    if (!el) return;
    const start = offsetOf(el.value, d.line, d.column);
    const end = d.endLine ? Math.max(start, offsetOf(el.value, d.endLine, d.endColumn ?? 1)) : start;
    el.focus();
    el.setSelectionRange(start, end);
    // Browsers do not scroll a textarea to a selection set from script; bring the line near the top.
    const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight) || 20;
    el.scrollTop = Math.max(0, (d.line - 3) * lineHeight);
  }, []);

  return (
    <div className={styles.workbench}>
      <section className={styles.editor} aria-label="Editor">
        <label htmlFor="preview-text" className={styles.label}>
          Article markdown {file && <code className={styles.file}>{file}</code>}
        </label>
        {draft.restored && (
          <p className={styles.notice} role="status">
            Your draft from this browser is back.{' '}
            <button type="button" className={styles.button} onClick={draft.discard}>
              {file ? 'Discard it and load the file' : 'Discard it and start over'}
            </button>
          </p>
        )}
        <textarea id="preview-text" ref={editor} className={styles.text} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} />
        <label htmlFor="preview-tokens" className={styles.label}>
          Token sample (JSON)
        </label>
        <textarea
          id="preview-tokens"
          className={styles.tokens}
          value={tokens}
          spellCheck={false}
          placeholder='{ "vmname": "web01" }'
          onChange={(e) => setTokens(e.target.value)}
        />
        {state.tokenError && (
          <p role="alert" className={styles.tokenError}>
            {state.tokenError}
          </p>
        )}
        {state.configProblem && (
          <p className={styles.message} role="status">
            <strong>Lint config not applied.</strong> <Backticked text={state.configProblem} />. The diagnostics below have the built-in severities;{' '}
            <code>selfhelp lint</code> refuses this config too.
          </p>
        )}
        <DiagnosticList diagnostics={state.diagnostics} onSelect={select} />
      </section>
      <section className={styles.preview} aria-label="Preview">
        <fieldset className={styles.clouds}>
          <legend className={styles.legend}>Show the article as this cloud sees it</legend>
          {[...CLOUD_IDS, 'all' as const].map((id) => (
            <label key={id} className={styles.choice}>
              <input
                type="radio"
                name="preview-cloud"
                value={id}
                checked={view === id}
                onChange={(e) => setView(e.target.value === 'all' ? 'all' : (toCloudId(e.target.value) ?? 'public'))}
              />
              {id === 'all' ? 'All clouds' : CLOUDS[id].displayName}
            </label>
          ))}
        </fieldset>
        {onDisk !== null && (
          <div className={styles.message} role="status">
            <strong>Saved file changed.</strong> The file changed on disk while you had unsaved edits here.{' '}
            <button
              type="button"
              className={styles.button}
              onClick={() => {
                setText(onDisk);
                setOnDisk(null);
              }}
            >
              Load the saved file
            </button>
          </div>
        )}
        {state.error && (
          <div className={`${styles.message} ${styles.error}`} role="alert">
            <strong>Not rendered.</strong> {state.error}
          </div>
        )}
        <p className={styles.status} aria-live="polite">
          {state.pending ? 'Updating…' : state.serverMs !== null ? `Rendered on the server in ${state.serverMs} ms` : ''}
        </p>
        <div className={styles.view} aria-busy={state.pending}>
          {state.view}
        </div>
      </section>
    </div>
  );
}
