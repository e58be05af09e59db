/**
 * An article as selfHelp content: HTML from the page's own pipeline (lib/render `toSafeHast`: mdast → the one
 * sanitizer schema → per-cloud links), serialized with hast-util-to-html. The body is laid out as the page
 * does: intro, then each section under its heading. Apollo blocks stay as the pipeline's slots
 * (`<div class="apollo-slot" title="apollo-slot:N">`), whose videos the replacement maps carry under that key.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { RootContent } from 'mdast';
import type { CloudId } from '../clouds';
import { RESERVED_NAMES } from '../content/headings';
import type { ApolloElement, Article, Section } from '../content/model';
import { APOLLO_SLOT } from '../render/prepare';
import { toSafeHast } from '../render/render';
import { fillHeadingTokens } from '../render/tokens';

export interface ReplacementMaps {
  webResults: never[];
  videos: Array<{ src: string; title: string; replacementKey: string }>;
  videoGroups: Array<{ videos: Array<{ src: string; title: string }>; replacementKey: string }>;
}

export interface SelfHelpSection {
  title: string;
  content: string;
  replacementMaps: ReplacementMaps;
}

// The page's heading levels (components/ArticleView/outline.ts): the title is the only h1.
const level = (depth: number) => (depth <= 0 ? 3 : Math.min(Math.max(depth, 2), 6));

function sectionTitle(section: Section, article: Article): string {
  if (section.role) return RESERVED_NAMES[section.role];
  return fillHeadingTokens(section.heading, section.line, article.body.tokens);
}

/** Replacement maps of the Apollo video blocks among `elements`, keyed like their slots. */
function replacementMaps(article: Article, elements: readonly ApolloElement[]): ReplacementMaps {
  const all = article.body.apolloElements;
  const key = (e: ApolloElement) => `${APOLLO_SLOT}:${all.indexOf(e)}`;
  const video = (e: ApolloElement) => ({ src: e.fields.src?.[0] ?? '', title: e.fields.title?.[0] ?? '' });
  return {
    webResults: [],
    videos: elements.filter((e) => e.tag.toLowerCase() === 'video').map((e) => ({ ...video(e), replacementKey: key(e) })),
    videoGroups: elements.filter((e) => e.tag.toLowerCase() === 'videogroup').map((e) => ({ videos: (e.children ?? []).map(video), replacementKey: key(e) })),
  };
}

function html(article: Article, nodes: readonly RootContent[], cloud: CloudId): Root {
  const { tokens, apolloSections, apolloElements } = article.body;
  return toSafeHast(nodes, { cloud, tokens, apolloSections, apolloElements });
}

const within = (nodes: readonly RootContent[]) => {
  const start = nodes[0]?.position?.start.offset ?? 0;
  const end = nodes[nodes.length - 1]?.position?.end.offset ?? -1;
  return (e: ApolloElement) => e.offset >= start && e.offset < end;
};

/** The article's content, sections and replacement maps for one cloud. JSON-bodied types have no markdown to show. */
export function selfHelpContent(article: Article, cloud: CloudId): { content: string; sections: SelfHelpSection[]; replacementMaps: ReplacementMaps } {
  const { body } = article;
  const parts: Root[] = [html(article, body.intro, cloud)];
  const sections: SelfHelpSection[] = body.sections.map((section) => {
    const { nodes } = section;
    const tree = html(article, nodes, cloud);
    const title = sectionTitle(section, article);
    const heading: Element = { type: 'element', tagName: `h${level(section.depth)}`, properties: {}, children: [{ type: 'text', value: title }] };
    parts.push({ type: 'root', children: [heading, ...tree.children] });
    return { title, content: toHtml(tree), replacementMaps: replacementMaps(article, body.apolloElements.filter(within(nodes))) };
  });
  const content = parts.map((p) => toHtml(p)).join('');
  return { content, sections, replacementMaps: replacementMaps(article, body.apolloElements) };
}
