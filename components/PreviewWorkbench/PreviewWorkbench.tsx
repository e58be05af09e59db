'use client';
/**
 * `/preview`: the editor (markdown, token sample, diagnostics) beside the article as customers get it. The view is
 * rendered on the server by `render` (the page's server action); this leaf only holds the text and the choices.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Radio, RadioGroup } from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
import { CLOUD_IDS, CLOUDS, type CloudId, toCloudId } from '@/lib/clouds';
import type { Diagnostic } from '@/lib/content/diagnostics';
import { offsetOf } from '@/lib/preview/offset';
import { DiagnosticList } from '../DiagnosticList/DiagnosticList';
import type { PreviewOutcome, RenderPreview } from './types';
import { useFileSync } from './useFileSync';
import { usePreview } from './usePreview';
import styles from './PreviewWorkbench.module.css';

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
        <textarea id="preview-text" ref={editor} className={styles.text} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} />
        <label htmlFor="preview-tokens" className={styles.label}>Token sample (JSON)</label>
        <textarea id="preview-tokens" className={styles.tokens} value={tokens} spellCheck={false} placeholder='{ "vmname": "web01" }' onChange={(e) => setTokens(e.target.value)} />
        {state.tokenError && <p role="alert" className={styles.tokenError}>{state.tokenError}</p>}
        <DiagnosticList diagnostics={state.diagnostics} onSelect={select} />
      </section>
      <section className={styles.preview} aria-label="Preview">
        {/* Radios, not a TabList: Fluent's tab list adds focus sentinels that axe flags as focusable yet hidden. */}
        <RadioGroup className={styles.clouds} layout="horizontal" aria-label="Show the article as this cloud sees it" value={view} onChange={(_, d) => setView(d.value === 'all' ? 'all' : (toCloudId(d.value) ?? 'public'))}>
          {CLOUD_IDS.map((id) => <Radio key={id} value={id} label={CLOUDS[id].displayName} />)}
          <Radio value="all" label="All clouds" />
        </RadioGroup>
        {onDisk !== null && (
          <MessageBar intent="info">
            <MessageBarBody><MessageBarTitle>Saved file changed</MessageBarTitle>The file changed on disk while you had unsaved edits here.</MessageBarBody>
            <MessageBarActions><Button size="small" onClick={() => { setText(onDisk); setOnDisk(null); }}>Load the saved file</Button></MessageBarActions>
          </MessageBar>
        )}
        {state.error && (
          <MessageBar intent="error">
            <MessageBarBody><MessageBarTitle>Not rendered</MessageBarTitle>{state.error}</MessageBarBody>
          </MessageBar>
        )}
        <p className={styles.status} aria-live="polite">{state.pending ? 'Updating…' : state.serverMs !== null ? `Rendered on the server in ${state.serverMs} ms` : ''}</p>
        <div className={styles.view} aria-busy={state.pending}>{state.view}</div>
      </section>
    </div>
  );
}
