'use client';
/**
 * Tells the content-health page what readers searched for and which result they opened, by beacon: the browse page
 * is served from the rendered-page cache, so the server does not see each view. Renders nothing.
 */
import { useEffect } from 'react';

export interface SearchBeaconsProps {
  /** The page's query string; a search is counted only when it has `q`. */
  query: string;
  q?: string;
  cloud?: string;
  supportTopicId?: string;
  /** The element holding the result links (`a[href^="/articles/"]`). */
  resultsId: string;
}

function send(path: string, body: object): void {
  const blob = new Blob([JSON.stringify(body)], { type: 'application/json' });
  if (!navigator.sendBeacon?.(path, blob)) void fetch(path, { method: 'POST', body: blob, keepalive: true }).catch(() => undefined);
}

export function SearchBeacons({ query, q, cloud, supportTopicId, resultsId }: SearchBeaconsProps) {
  useEffect(() => {
    if (q) send('/api/search-log', { query });
  }, [query, q]);

  useEffect(() => {
    const results = document.getElementById(resultsId);
    if (!q || !results) return;
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="/articles/"]') : null;
      const path = link ? new URL(link.getAttribute('href') ?? '', window.location.href).pathname : '';
      const articleId = path.startsWith('/articles/') ? decodeURIComponent(path.slice('/articles/'.length)) : '';
      if (articleId) send('/api/search-log/click', { q, articleId, ...(cloud ? { cloud } : {}), ...(supportTopicId ? { supportTopicId } : {}) });
    };
    // Middle clicks open a tab too: auxclick counts them.
    results.addEventListener('click', onClick);
    results.addEventListener('auxclick', onClick);
    return () => {
      results.removeEventListener('click', onClick);
      results.removeEventListener('auxclick', onClick);
    };
  }, [q, cloud, supportTopicId, resultsId]);

  return null;
}
