'use client';
/**
 * Case notes for a support case: a Copy button (clipboard API) and the same text in a read-only box, so it
 * can be selected and copied by hand where the clipboard is not allowed.
 */
import { useState } from 'react';
import { LabelledSection } from '../LabelledSection/LabelledSection';
import buttons from './buttons.module.css';
import styles from './GuideFlow.module.css';

export function CaseNotes({ text }: { text: string }) {
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied. Paste the notes into the support case.');
    } catch {
      setStatus('Could not copy automatically. Select the text in the box below and copy it.');
    }
  }
  return (
    <LabelledSection id="case-notes-heading" title="Case notes" className={styles.card} titleClassName={styles.sectionTitle}>
      <div className={styles.actions}>
        <button type="button" className={buttons.primaryButton} onClick={copy}>
          Copy case notes
        </button>
        <span role="status" className={styles.status}>
          {status}
        </span>
      </div>
      <textarea className={styles.notes} readOnly value={text} aria-label="Case notes text" rows={Math.min(Math.max(text.split('\n').length, 6), 24)} />
    </LabelledSection>
  );
}
