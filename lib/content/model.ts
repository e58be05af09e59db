/**
 * The typed article model: `ArticleMeta` (from the properties block alone, cheap, held for every article)
 * and `Article` (meta + body model, built on demand from a markdown parse). Consumers import these types;
 * producers are `readArticleMeta` (meta.ts) and `readArticle` (article.ts).
 */
import type { RootContent } from 'mdast';
import type { PropertyAttribute } from './attributes';
import type { Diagnostic, Position } from './diagnostics';
import type { JsonBody } from './json';
import type { ArticleMetaFields } from './schema';

export type { CloudId } from '../clouds';

export { JSON_BODY_TYPES, SELF_HELP_TYPE_LABELS, SELF_HELP_TYPES, type SelfHelpType } from './selfHelpTypes';
// Defined beside their producers (the attribute lexer, the JSON body reader), named here with the rest of the model.
export type { JsonBody, PropertyAttribute };

/** Where the properties block sits in the normalised text (offsets, end exclusive). */
export interface BlockRange {
  start: number;
  end: number;
}

/** Everything filters and lists need, from the properties block alone (no markdown parse). */
export interface ArticleMeta extends ArticleMetaFields {
  /** Path relative to the content root, forward slashes. */
  file: string;
  /** True when articleId was missing and derived from the path. */
  articleIdDerived: boolean;
  /** selfHelpType as written (before case-folding). */
  rawSelfHelpType: string;
  attributes: PropertyAttribute[];
  /** Where the articleId is written (its value; the block's start when it is missing): duplicate ids are reported there. */
  articleIdAt: Position;
  /** Unknown attributes, kept as written (name → value). */
  extra: Record<string, string>;
  /** The block's place; null when the file has no block. */
  block: BlockRange | null;
  /** 'properties' normally; 'front-matter' when the file used YAML front matter instead. */
  source: 'properties' | 'front-matter' | 'none';
  /** Text encoding the file was decoded with. */
  encoding: 'utf-8' | 'windows-1252';
  diagnostics: Diagnostic[];
}

/**
 * What the catalog keeps of an article's metadata: all of it but the attribute list, which is more than half of
 * its memory and is only read when a file is linted or rendered (each re-reads the file).
 */
export type CatalogMeta = Omit<ArticleMeta, 'attributes'>;

/** A link with its place, e.g. an entry of Recommended Documents. */
export interface DocLink {
  text: string;
  url: string;
  line: number;
  column: number;
  /** True for `[text] (url)` with a space: not a link in CommonMark, read as one and reported. */
  nearLink?: boolean;
}

/** One step of Recommended Steps: a top-level list item (or a paragraph when the section has no list). */
export interface Step {
  /** mdast of the step's content (paragraphs, nested lists, code kept), positions in file coordinates. */
  nodes: RootContent[];
  /** Plain text of the step, for search and checklists. */
  text: string;
  line: number;
}

/** Which reserved section a heading names, if any. */
export type SectionRole = 'steps' | 'documents' | null;

/** A section of the body under a heading, in document order. */
export interface Section {
  /** Heading text as a reader sees it (markup stripped). */
  heading: string;
  role: SectionRole;
  /** Heading depth 1–6; 0 for a bold-only pseudo-heading line. */
  depth: number;
  /** True when the heading is exactly the template's `## **Recommended Steps**` / `## **Recommended Documents**`. */
  canonical: boolean;
  /** For a reserved section written otherwise: why it is not canonical (e.g. "H3 instead of H2; not bold"). */
  reason: string | null;
  /** The section's own content: under its heading up to the next heading of any level (sub-sections hold theirs). */
  nodes: RootContent[];
  /**
   * Steps whose blocks sit in this section (its heading included), when it is a Recommended Steps section or sits
   * under one. They are read for the reserved section and its sub-sections together: a list anywhere under it
   * makes list items the steps, else prose blocks are.
   */
  steps: Step[];
  /** Links (and near-links) in this section, when it is a Recommended Documents section or sits under one. */
  documents: DocLink[];
  line: number;
  /** Offset of the heading in the file. */
  offset: number;
}

/** A span of the file: offsets, end exclusive. */
export interface Span {
  offset: number;
  endOffset: number;
}

/** A `<!--$name-->placeholder<!--/$name-->` replacement token. */
export interface Token extends Position, Span {
  /** Name as written in the opener, trimmed (`$` removed). */
  name: string;
  /** Text between the markers, as written. */
  placeholder: string;
}

/** A comment-delimited region: `<!--issueDescription-->…<!--/issueDescription-->`, `<!--rcaDescription-->…`, ... */
export interface Region extends Position, Span {
  /** Canonical name (`issueDescription`, `rcaDescription`, `Link`, …). Position: the opener, else the content. */
  name: string;
  /** Markdown between the markers (tokens left in place); its span is `offset`…`endOffset`. */
  markdown: string;
  /** False when the opener was missing (region starts after the heading or closer before it). */
  opened: boolean;
  /** False when the closer was missing (region runs to the next reserved section or marker, or the end). */
  closed: boolean;
}

/** An Apollo `:::Section title:::` marker line. */
export interface ApolloSection extends Position {
  title: string;
  offset: number;
}

/** An Apollo `<insight>`, `<video>`, `<videoGroup>`, `<metric>`, `<azureKB>` element with its child fields. */
export interface ApolloElement extends Position, Span {
  tag: string;
  /** Child elements' text by tag name (`symptomId`, `src`, `title`, …); repeated children keep every value. */
  fields: Record<string, string[]>;
  /** The `<video>` elements of a `<videoGroup>`. */
  children?: ApolloElement[];
  /** False when the closing tag was missing (the element then ends at the next blank line). */
  closed: boolean;
}

/** The body model, for every type. Markdown parts hold mdast with positions in file coordinates. */
export interface ArticleBody {
  /** First H1 after the block (or before it when the body has none), markup stripped. */
  h1: string | null;
  /** Content between the H1 and the first section heading. */
  intro: RootContent[];
  /** Every section's steps, in order. */
  steps: Step[];
  /** Every section's documents, in order. */
  documents: DocLink[];
  /** All sections in order, including the two reserved ones; the intro and their nodes are the body's blocks, each once. */
  sections: Section[];
  issueDescriptions: Region[];
  /** Other named comment regions (rcaDescription, resolutionDetails, salutation, Link, Text, …). */
  regions: Region[];
  tokens: Token[];
  /** Apollo `:::Section title:::` markers and XML-like blocks, in order. */
  apolloSections: ApolloSection[];
  apolloElements: ApolloElement[];
  json: JsonBody | null;
}

/** A whole typed article: metadata, body model and every diagnostic of both. */
export interface Article {
  meta: ArticleMeta;
  body: ArticleBody;
  diagnostics: Diagnostic[];
}
