/**
 * Development: follows a content file on disk by polling `/api/preview/file` every second (simpler and sturdier
 * than a push channel, and the answer is tiny). Calls `onChange` with the new text when the mtime moves.
 */
import { useEffect, useRef } from 'react';

export const POLL_MS = 1000;

export function useFileSync(file: string | undefined, mtimeMs: number | undefined, onChange: (text: string) => void): void {
  // The latest callback, so a re-render does not restart the polling.
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  });

  useEffect(() => {
    if (!file) return;
    let last = mtimeMs;
    let busy = false;
    const timer = setInterval(async () => {
      if (busy) return;
      busy = true;
      try {
        const response = await fetch(`/api/preview/file?path=${encodeURIComponent(file)}`, { cache: 'no-store' });
        if (!response.ok) return; // Deleted or moved for a moment (editors save by rename): try again next tick.
        const data: unknown = await response.json();
        if (typeof data !== 'object' || data === null || !('text' in data) || !('mtimeMs' in data)) return;
        if (typeof data.text === 'string' && typeof data.mtimeMs === 'number' && data.mtimeMs !== last) {
          last = data.mtimeMs;
          callback.current(data.text);
        }
      } catch {
        // The dev server restarting: keep polling.
      } finally {
        busy = false;
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [file, mtimeMs]);
}
