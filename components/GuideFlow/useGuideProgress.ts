'use client';
/**
 * The walk's state: starts from the server's reading of the URL (so the first client render matches the HTML),
 * restores the browser's saved walk when the URL has none, and on every move pushes the URL and saves it.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatPath, type Progress, parseProgress, progressHref } from '@/lib/guides/progress';

interface Options {
  pagePath: string;
  cloud: string | null;
  checkCount: number;
  solutionIds: readonly string[];
  initial: Progress;
  storageKey: string;
}

function readStored(key: string): { path?: string; outcome?: string } | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { path, outcome } = parsed as Record<string, unknown>;
    return { path: typeof path === 'string' ? path : undefined, outcome: typeof outcome === 'string' ? outcome : undefined };
  } catch {
    return null; // Storage disabled or a corrupt value: the URL alone carries the walk.
  }
}

function store(key: string, progress: Progress): void {
  try {
    if (progress.answers.length === 0 && !progress.outcome) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify({ path: formatPath(progress.answers), outcome: progress.outcome ?? undefined }));
  } catch {
    // Nothing to do: the walk is still in the URL.
  }
}

export function useGuideProgress({ pagePath, cloud, checkCount, solutionIds, initial, storageKey }: Options) {
  const [progress, setProgress] = useState<Progress>(initial);
  const parse = useCallback((path?: string, outcome?: string) => parseProgress(path, outcome, checkCount, solutionIds), [checkCount, solutionIds]);

  useEffect(() => {
    const fresh = initial.answers.length === 0 && !initial.outcome;
    const saved = fresh ? readStored(storageKey) : null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (saved) {
      const restored = parse(saved.path, saved.outcome);
      setProgress(restored);
      // After the router's own mount effects: they write the canonical URL (and patch history) after ours run.
      timer = setTimeout(() => window.history.replaceState(null, '', progressHref(pagePath, restored, cloud)));
    } else if (!fresh) {
      store(storageKey, initial);
    }
    const onPop = () => {
      const params = new URLSearchParams(window.location.search);
      setProgress(parse(params.get('path') ?? undefined, params.get('outcome') ?? undefined));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('popstate', onPop);
    };
  }, [initial, storageKey, pagePath, cloud, parse]);

  const go = useCallback(
    (next: Progress) => {
      setProgress(next);
      store(storageKey, next);
      window.history.pushState(null, '', progressHref(pagePath, next, cloud));
    },
    [storageKey, pagePath, cloud],
  );

  return { progress, go };
}
