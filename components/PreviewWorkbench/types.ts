/** What the preview workbench sends to its render action and gets back: plain data plus the rendered view. */
import type { ReactNode } from 'react';
import type { Diagnostic } from '@/lib/content/diagnostics';

export interface PreviewInput {
  text: string;
  /** A cloud id; the view is rendered for it. */
  cloud: string;
  /** The token sample as typed (JSON). */
  tokens: string;
  /** Content path when editing a file (names the file in diagnostics). */
  file?: string;
  /** Show what differs between clouds instead of the article. */
  allClouds: boolean;
}

export type PreviewOutcome =
  | {
      ok: true;
      view: ReactNode;
      diagnostics: Diagnostic[];
      serverMs: number;
      tokenError?: string;
      /** Why selfhelp.config.json was not applied (the diagnostics carry the built-in severities). */
      configProblem?: string;
    }
  | { ok: false; status: number; error: string };

export type RenderPreview = (input: PreviewInput) => Promise<PreviewOutcome>;
