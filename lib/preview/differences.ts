/**
 * What differs between clouds for one article: where it is available, and which links point somewhere else in
 * which cloud. Links are collected from the body model and resolved with `resolveHref`, the resolver the
 * renderer itself uses, so this table and the rendered pages cannot disagree.
 */
import type { Html, Link, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { CLOUD_IDS, CLOUDS, type CloudId } from '../clouds';
import type { Article } from '../content/model';
import { bareUrls } from '../render/anchors';
import { resolveHref } from '../render/links';

export interface CloudAvailability {
  cloud: CloudId;
  available: boolean;
  retired: boolean;
}

export interface LinkDifference {
  /** The URL as written. */
  written: string;
  /** Link text (the URL itself for a bare URL). */
  text: string;
  line: number;
  column: number;
  /** Where the link points in each cloud; null when the renderer drops it (unsafe or malformed). */
  hrefs: Record<CloudId, string | null>;
}

export interface CloudDifferences {
  availability: CloudAvailability[];
  /** Only links whose target is not the same in every cloud, in file order. */
  links: LinkDifference[];
}

interface FoundLink {
  written: string;
  text: string;
  line: number;
  column: number;
}

const HTML_HREF = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

function linksIn(nodes: readonly RootContent[], found: Map<string, FoundLink>): void {
  const add = (written: string, text: string, line: number, column: number) => {
    const key = `${line}:${column}:${written}`;
    if (written.trim() && !found.has(key)) found.set(key, { written: written.trim(), text, line, column });
  };
  for (const root of nodes) {
    visit(root, (node) => {
      const at = node.position?.start ?? { line: 0, column: 0 };
      if (node.type === 'link') add((node as Link).url, linkText(node as Link), at.line, at.column);
      else if (node.type === 'html') for (const m of (node as Html).value.matchAll(HTML_HREF)) add(m[1] ?? m[2] ?? '', m[1] ?? m[2] ?? '', at.line, at.column);
      else if (node.type === 'text') {
        const value = (node as Text).value;
        // Bare URLs become links in the renderer too, found and trimmed by the same rule (links.ts).
        for (const { url, index } of bareUrls(value)) {
          // A text node may span lines (a paragraph's soft breaks), so the place is counted from its start.
          const before = value.slice(0, index).split('\n');
          const line = at.line + before.length - 1;
          add(url, url, line, before.length > 1 ? (before.at(-1)?.length ?? 0) + 1 : at.column + index);
        }
      }
    });
  }
}

function linkText(link: Link): string {
  return link.children.map((c) => ('value' in c ? c.value : '')).join('');
}

/** Availability per cloud and every link whose target differs between clouds. Pure; nodes are not changed. */
export function cloudDifferences(article: Article): CloudDifferences {
  const { meta, body } = article;
  const availability = CLOUD_IDS.map((cloud) => ({ cloud, available: meta.availableIn.includes(cloud), retired: CLOUDS[cloud].retired }));
  const found = new Map<string, FoundLink>();
  linksIn(body.intro, found);
  for (const section of body.sections) linksIn(section.nodes, found);
  const links: LinkDifference[] = [];
  for (const link of [...found.values()].sort((a, b) => a.line - b.line || a.column - b.column)) {
    const hrefs = Object.fromEntries(CLOUD_IDS.map((c) => [c, resolveHref(link.written, c)?.href ?? null])) as Record<CloudId, string | null>;
    if (new Set(Object.values(hrefs)).size > 1) links.push({ ...link, hrefs });
  }
  return { availability, links };
}
