/**
 * One file's bytes → a catalog entry (metadata + search text), a failure with diagnostics, or nothing (not an
 * article, e.g. an image). Pure: the loader feeds it bytes, tests feed it strings' bytes.
 */
import { articleLinkTargets } from '../content/articleLinks';
import { isArticleCandidate } from '../content/candidate';
import type { Diagnostic, RuleId } from '../content/diagnostics';
import { readMeta } from '../content/meta';
import { type ArticleMeta, type CatalogMeta, JSON_BODY_TYPES } from '../content/model';
import type { SearchDocument } from '../search/engine';
import { jsonText, markdownHeadings } from '../search/plain';
import { displayTitle, usableTitle } from './display';
import { isArticleName } from './files';
import type { CatalogEntry } from './indexes';
import { describedNames } from './labels';
import { plainText } from './search';

/** A file the catalog could not turn into an article, with why (for the `/diagnostics` page). */
export interface LoadFailure {
  file: string;
  diagnostics: Diagnostic[];
}

export type Loaded = { kind: 'article'; entry: CatalogEntry } | { kind: 'failure'; failure: LoadFailure } | { kind: 'skipped'; file: string };

/** A failure with a single diagnostic at the top of the file. */
export function failure(file: string, ruleId: RuleId, message: string): Loaded {
  return { kind: 'failure', failure: { file, diagnostics: [{ file, line: 1, column: 1, ruleId, severity: 'error', message }] } };
}

/** Makes a string copy that shares no memory with its source. */
export type Detacher = (s: string) => string;

/**
 * A detacher for one load. V8 keeps substrings as slices of the whole file text, so metadata built from a file
 * would pin all of it; copies let the text go. Short values (names, clouds, ids) repeat across thousands of
 * files, so one copy of each is shared: on the 9.3k-file sample metadata drops from 57 MB (slices) to 31 MB.
 */
export function createDetacher(): Detacher {
  const pool = new Map<string, string>();
  // Flattening a new cons string copies the characters; the slice then points into that copy, never the file.
  const copy = (s: string) => ` ${s}`.slice(1);
  return (s) => {
    if (s.length > 32) return copy(s);
    let shared = pool.get(s);
    if (shared === undefined) {
      shared = copy(s);
      pool.set(shared, shared);
    }
    return shared;
  };
}

export interface EntryOptions {
  /**
   * Leave the body's search text and headings for later (`fillBodies`): start-up serves filters first, and the text
   * the scan and the ranked index need is made in the background. Default: made now.
   */
  deferBody?: boolean;
}

/** The search text of an article's body: its plain words (JSON bodies: their string values). */
export function bodyText(body: string, selfHelpType: CatalogMeta['selfHelpType']): string {
  return plainText(JSON_BODY_TYPES.has(selfHelpType) ? jsonText(body) : body);
}

/** The headings of an article's body as plain text, in order. A JSON body's only heading is its H1, above the JSON. */
export function bodyHeadings(body: string, selfHelpType: CatalogMeta['selfHelpType']): { depth: number; text: string }[] {
  const brace = JSON_BODY_TYPES.has(selfHelpType) ? body.indexOf('{') : -1;
  return markdownHeadings(brace === -1 ? body : body.slice(0, brace));
}

/** What the search reads of a body besides the metadata: its words and its headings (joined). */
export function bodySearchText(body: string, selfHelpType: CatalogMeta['selfHelpType'], detach: Detacher): { body: string; headings: string } {
  const headings = bodyHeadings(body, selfHelpType);
  return { body: bodyText(body, selfHelpType), headings: detach(headings.map((h) => h.text).join(' \n ')) };
}

/** Builds the catalog's view of one file from its properties block alone (no markdown parse). Never throws. */
export function buildEntry(file: string, bytes: Uint8Array, detach: Detacher = createDetacher(), options: EntryOptions = {}): Loaded {
  if (!isArticleCandidate(bytes)) {
    // Named like an article but not one: reported. Other files (images, .gitignore): skipped quietly.
    return isArticleName(file)
      ? failure(file, 'catalog-not-an-article', 'No `<properties … />` block or front matter found, expected an article')
      : { kind: 'skipped', file };
  }
  let read: ReturnType<typeof readMeta>;
  try {
    read = readMeta(file, bytes);
  } catch (error) {
    // The pipeline promises not to throw; if it does, one file must not take the catalog down.
    return failure(file, 'catalog-read-failed', `Reading the metadata failed: ${String(error)}`);
  }
  const { meta, text } = read;
  if (meta.source === 'none') return { kind: 'failure', failure: { file, diagnostics: meta.diagnostics } };

  // The attribute list stays out of the catalog (model.ts CatalogMeta): more than half of the metadata's memory.
  const detached = detachMeta(meta, detach);
  const links = articleLinkTargets(text);
  const body = text.slice(meta.block?.end ?? 0);
  // The headings are only needed now when the pageTitle will not do as the title (display.ts); else they are read
  // with the body, after start-up (a scan of every body was a tenth of the load).
  const title = detach(usableTitle(detached.title, detached.articleId) ?? headingTitle(detached, body, file));
  const searched = options.deferBody ? { body: '', headings: '' } : bodySearchText(body, meta.selfHelpType, detach);
  const entry: CatalogEntry = {
    meta: detached,
    title: title === detached.title ? detached.title : title,
    text: { body: searched.body, headings: searched.headings },
  };
  if (links.length > 0) entry.links = detachStrings(links, detach);
  if (options.deferBody) entry.bodyPending = true;
  if (meta.selfHelpType === 'supporttopicdescription') entry.names = describedNames(body);
  return { kind: 'article', entry };
}

/** The title when the pageTitle will not do: `displayTitle` with the body's H1 and first heading. */
function headingTitle(meta: CatalogMeta, body: string, file: string): string {
  const headings = bodyHeadings(body, meta.selfHelpType);
  const h1 = headings.find((h) => h.depth === 1)?.text ?? null;
  return displayTitle({ title: meta.title, articleId: meta.articleId, h1, firstHeading: headings[0]?.text ?? null, file });
}

/**
 * The catalog's copy of a file's metadata: every field but the attribute list, strings detached. One object
 * literal naming each field (the type checks that none is missing; a test, that each is copied): an object rest
 * (`{ attributes, ...kept }`) or a loop adding the fields one by one took 0.1–0.2 s of a 15,600-file load.
 */
function detachMeta(m: ArticleMeta, detach: Detacher): CatalogMeta {
  const text = (v: string | null) => (v === null ? null : detach(v));
  const list = <T extends string>(v: readonly T[]) => v.map((x) => detach(x) as T);
  return {
    articleId: detach(m.articleId),
    selfHelpType: m.selfHelpType,
    description: detach(m.description),
    cloudEnvironments: list(m.cloudEnvironments),
    disableClouds: list(m.disableClouds),
    supportTopicIds: list(m.supportTopicIds),
    productPesIds: list(m.productPesIds),
    service: text(m.service),
    resource: text(m.resource),
    displayOrder: m.displayOrder,
    ownershipId: text(m.ownershipId),
    authors: text(m.authors),
    resourceTags: list(m.resourceTags),
    articleTags: list(m.articleTags),
    infoBubbleText: text(m.infoBubbleText),
    diagnosticScenario: text(m.diagnosticScenario),
    schemaVersion: text(m.schemaVersion),
    clientIds: list(m.clientIds),
    resourceRequired: m.resourceRequired,
    symptomId: text(m.symptomId),
    icmTeam: text(m.icmTeam),
    icmService: text(m.icmService),
    feedbackEmail: text(m.feedbackEmail),
    category: text(m.category),
    productFamilyId: text(m.productFamilyId),
    title: detach(m.title),
    msAuthor: text(m.msAuthor),
    availableIn: list(m.availableIn),
    // The path is the loader's own string, never a slice of the file's text: nothing to detach.
    file: m.file,
    articleIdDerived: m.articleIdDerived,
    rawSelfHelpType: detach(m.rawSelfHelpType),
    articleIdAt: { line: m.articleIdAt.line, column: m.articleIdAt.column },
    extra: detachStrings(m.extra, detach),
    block: m.block && { start: m.block.start, end: m.block.end },
    source: m.source,
    encoding: m.encoding,
    diagnostics: m.diagnostics.map((d) => detachDiagnostic(d, detach)),
  };
}

/** A diagnostic with its message detached (messages quote the file's text); its path is the loader's own string. */
function detachDiagnostic(d: Diagnostic, detach: Detacher): Diagnostic {
  const out: Diagnostic = { file: d.file, line: d.line, column: d.column, ruleId: d.ruleId, severity: d.severity, message: detach(d.message) };
  if (d.endLine !== undefined) out.endLine = d.endLine;
  if (d.endColumn !== undefined) out.endColumn = d.endColumn;
  return out;
}

/**
 * Deep copy of plain data (the meta is JSON-like) with every string detached. Indexed loops and for…in rather
 * than map/Object.entries: this runs on every value of every article at start-up, and the temporary arrays showed
 * up in the garbage collector's share. Keys need no copy: property names are internalized strings of their own.
 */
function detachStrings<T>(value: T, detach: Detacher): T {
  if (typeof value === 'string') return detach(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = detachStrings(value[i] as unknown, detach);
    return out as T;
  }
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in source) out[k] = detachStrings(source[k], detach);
  return out as T;
}

/** What the ranked index reads of an entry (its text must still be there: the index is built before it is dropped). */
export function toSearchDocument(entry: CatalogEntry): SearchDocument {
  const { meta, text } = entry;
  return {
    id: meta.file,
    title: entry.title,
    headings: text?.headings ?? '',
    description: meta.description,
    service: [meta.service, meta.resource].filter(Boolean).join(' '),
    body: text?.body ?? '',
  };
}
