/**
 * Keeps the preview's text in this browser (localStorage) so a reload or a visit elsewhere does not lose it: restored
 * once after mount, saved shortly after each change, dropped when the text is back to what was loaded.
 */
import { useEffect, useRef, useState } from 'react';

export const DRAFT_SAVE_MS = 300;

/** The storage key of the draft for a file (or for the starter article when there is none). */
export function draftKey(file: string | undefined): string {
  return `selfhelp-preview-draft:${file ?? ''}`;
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // Storage disabled (private mode, policy): the preview still works, without drafts.
  }
}

function write(key: string, text: string | null): void {
  try {
    if (text === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, text);
  } catch {
    // Full or disabled: nothing to keep the draft in.
  }
}

/** Restores a kept draft into `setText` and keeps `text` from then on; true while a restored draft is showing. */
export function useDraft(key: string, text: string, saved: string, setText: (text: string) => void): { restored: boolean; discard: () => void } {
  const [restored, setRestored] = useState(false);
  const ready = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: once per key; later changes of `saved` (the file on disk) must not pull an old draft back in
  useEffect(() => {
    const draft = read(key);
    if (draft !== null && draft !== saved) {
      setText(draft);
      setRestored(true);
    }
    ready.current = true;
  }, [key]);

  useEffect(() => {
    if (!ready.current) return;
    const timer = setTimeout(() => write(key, text === saved ? null : text), DRAFT_SAVE_MS);
    return () => clearTimeout(timer);
  }, [key, text, saved]);

  return {
    restored: restored && text !== saved,
    discard: () => {
      write(key, null);
      setRestored(false);
      setText(saved);
    },
  };
}
