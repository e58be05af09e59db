/**
 * Re-renders the preview ~250 ms after the last change to its input. Answers to superseded requests are dropped,
 * so a slow answer never overwrites a newer one; on a failure the last good view stays, with the error beside it.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { Diagnostic } from '@/lib/content/diagnostics';
import { tooLargeMessage } from '@/lib/preview/limits';
import type { PreviewInput, PreviewOutcome, RenderPreview } from './types';

export const DEBOUNCE_MS = 250;

export interface PreviewState {
  view: ReactNode;
  diagnostics: Diagnostic[];
  serverMs: number | null;
  tokenError: string | null;
  configProblem: string | null;
  error: string | null;
  pending: boolean;
}

function apply(state: PreviewState, outcome: PreviewOutcome): PreviewState {
  if (!outcome.ok) return { ...state, error: outcome.error, pending: false };
  return {
    view: outcome.view,
    diagnostics: outcome.diagnostics,
    serverMs: outcome.serverMs,
    tokenError: outcome.tokenError ?? null,
    configProblem: outcome.configProblem ?? null,
    error: null,
    pending: false,
  };
}

const EMPTY: PreviewState = { view: null, diagnostics: [], serverMs: null, tokenError: null, configProblem: null, error: null, pending: false };

export function usePreview(render: RenderPreview, input: PreviewInput, initial: PreviewOutcome): PreviewState {
  const [state, setState] = useState(() => apply(EMPTY, initial));
  const sequence = useRef(0);
  const rendered = useRef(JSON.stringify(input));
  const key = JSON.stringify(input);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `input`; a new object with the same content must not send a request
  useEffect(() => {
    // The server rendered the first input with the page; only changes need a round trip.
    if (key === rendered.current) return;
    const id = ++sequence.current;
    // Checked here too so megabytes are not uploaded on every keystroke; the server enforces the same limit.
    const tooLarge = tooLargeMessage(new Blob([input.text, input.tokens]).size);
    if (tooLarge) {
      setState((s) => ({ ...s, error: tooLarge, pending: false }));
      return;
    }
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(() => {
      render(input)
        .catch((error: unknown): PreviewOutcome => ({ ok: false, status: 500, error: `The preview could not be rendered: ${String(error)}` }))
        .then((outcome) => {
          if (id !== sequence.current) return;
          rendered.current = key;
          setState((s) => apply(s, outcome));
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, render]);

  return state;
}
