/** An article page rendered in-process to HTML, as the route renders it (server components, no providers). */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ArticleView } from '@/components/ArticleView/ArticleView';
import type { Article, CatalogMeta } from '@/lib/content/model';

/** The page's HTML for `article` in the cloud the page would pick (public when available, else the first). */
export function renderPage(meta: CatalogMeta, article: Article): string {
  const cloud = meta.availableIn.includes('public') ? 'public' : (meta.availableIn[0] ?? 'public');
  return renderToString(createElement(ArticleView, { article, cloud, duplicates: [] }));
}
