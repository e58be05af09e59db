/** An article page rendered in-process to HTML, as the route renders it: ArticleView inside the Fluent providers. */
import { createDOMRenderer, FluentProvider, RendererProvider, SSRProvider } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ArticleView } from '@/components/ArticleView/ArticleView';
import type { Article, ArticleMeta } from '@/lib/content/model';

/** The page's HTML for `article` in the cloud the page would pick (public when available, else the first). */
export function renderPage(meta: ArticleMeta, article: Article): string {
  const cloud = meta.availableIn.includes('public') ? 'public' : (meta.availableIn[0] ?? 'public');
  const view = createElement(ArticleView, { article, cloud, duplicates: [] });
  const tree = createElement(RendererProvider, {
    renderer: createDOMRenderer(),
    children: createElement(SSRProvider, null, createElement(FluentProvider, { theme: {} }, view)),
  });
  return renderToString(tree);
}
