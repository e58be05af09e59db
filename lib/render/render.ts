/**
 * mdast (from the article model) → sanitized hast → React, per cloud. The only way article content
 * becomes markup: prepare (tokens, Apollo slots) → remark-rehype (raw HTML kept) → rehype-raw → scheme
 * normalisation → rehype-sanitize (the one schema) → per-cloud links → hast-util-to-jsx-runtime, where
 * Apollo slots become cards drawn by the caller from the body model.
 */
import type { Root as HastRoot } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { RootContent } from 'mdast';
import type { ComponentProps, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { CloudId } from '../clouds';
import type { ApolloElement } from '../content/model';
import { rewriteLinks } from './anchors';
import { rehypeNormalizeSchemes } from './links';
import type { PortalContext } from './portal';
import { APOLLO_SLOT, type PrepareOptions, prepareTree } from './prepare';
import { sanitizeSchema } from './schema';
import type { ArticleLookup } from './tiles';

export interface RenderOptions extends PrepareOptions {
  /** The cloud the reader selected: blade, portal and docs links point into it. */
  cloud: CloudId;
  /**
   * The resource the page is viewed for: portal links that need it resolve, others point to the resource form. A page
   * whose address can carry one passes it even when empty (`{}`); a view without an address (the preview) passes none.
   */
  context?: PortalContext;
  /** What the catalog knows of an articleId: tiles to missing articles show as text with a note. Without it, every id is linked. */
  knownArticle?: ArticleLookup;
  /** Draws an Apollo block as a card; without it a block is a plain labelled summary. */
  renderApollo?: (element: ApolloElement) => ReactNode;
}

// Built once: it does not depend on the cloud; per-cloud and per-request steps run after it.
const processor = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeNormalizeSchemes)
  .use(rehypeSanitize, sanitizeSchema)
  .freeze();

// The fallback when raw HTML nests deeper than the HTML parser's recursion allows (thousands of unclosed inline
// tags overflow the stack in hast-util-from-parse5): raw HTML is left out, so the page shows its text, not a 500.
const withoutRawHtml = unified().use(remarkRehype).use(rehypeNormalizeSchemes).use(rehypeSanitize, sanitizeSchema).freeze();

/** The sanitized, cloud-specific hast of `nodes` (a copy; the nodes are not changed). */
export function toSafeHast(nodes: readonly RootContent[], options: RenderOptions): HastRoot {
  let tree: HastRoot;
  try {
    tree = processor.runSync(prepareTree(nodes, options));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    tree = withoutRawHtml.runSync(prepareTree(nodes, options));
  }
  rewriteLinks(tree, { cloud: options.cloud, context: options.context });
  return tree;
}

/** Renders article nodes as React elements for `options.cloud`. Safe to call from server components. */
export function renderMarkdown(nodes: readonly RootContent[], options: RenderOptions): ReactNode {
  const elements = options.apolloElements ?? [];
  const draw = options.renderApollo ?? plainApollo;
  // biome-ignore lint/correctness/noComponentHookFactories: a server-only render of one article: the component closes over its Apollo elements and is never remounted
  function Div(props: ComponentProps<'div'>): ReactNode {
    const { className, title } = props;
    // A copy: React (dev) marks a component's props with a `key` guard that must not be passed on to jsx().
    if (className !== APOLLO_SLOT || !title?.startsWith(`${APOLLO_SLOT}:`)) return jsx('div', { ...props });
    // The slot names an element of this article's own body model; anything else renders nothing.
    const element = elements[Number(title.slice(APOLLO_SLOT.length + 1))];
    return element ? draw(element) : null;
  }
  return toJsxRuntime(toSafeHast(nodes, options), { Fragment, jsx, jsxs, components: { div: Div } });
}

/** A labelled text summary of an Apollo block, for callers that draw no cards (and for tests). */
function plainApollo(element: ApolloElement): ReactNode {
  const lines = Object.entries(element.fields).flatMap(([k, vs]) => vs.map((v) => `${k}: ${v}`));
  return jsxs('div', {
    'data-apollo': element.tag,
    children: [jsx('strong', { children: `<${element.tag}>` }), ...lines.map((l, i) => jsx('div', { children: l }, i))],
  });
}
