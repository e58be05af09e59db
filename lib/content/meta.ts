/**
 * file bytes → ArticleMeta, from the `<properties>` block (or YAML front matter) alone: the cheap pass that
 * the catalog runs for every article at start-up. No markdown parse happens here.
 */
import { CLOUD_IDS, toCloudId } from '../clouds';
import { isKnownTypo, suggestAttribute, toAttribute } from './attributes';
import { decodeBytes } from './decode';
import { DiagnosticBag, LineIndex, type Position } from './diagnostics';
import { hasRequired, metaFields, missingRequired } from './fields';
import { frontMatterAttributes, frontMatterEnd } from './frontMatter';
import type { ArticleMeta, PropertyAttribute } from './model';
import { type LexedBlock, lexProperties } from './properties';
import { type ArticleMetaFields, articleMetaSchema, CORE_REQUIRED, listItems, toSelfHelpType } from './schema';

/** What later stages need besides the meta: the decoded text and its line index. */
export interface MetaRead {
  meta: ArticleMeta;
  text: string;
  lines: LineIndex;
  bag: DiagnosticBag;
}

/** Reads the metadata of one article file. Never throws: every problem is a diagnostic in `meta.diagnostics`. */
export function readArticleMeta(file: string, bytes: Uint8Array | string): ArticleMeta {
  return readMeta(file, bytes).meta;
}

/** Like `readArticleMeta`, also handing back the text so a full read does not decode twice. */
export function readMeta(file: string, bytes: Uint8Array | string): MetaRead {
  const bag = new DiagnosticBag(file);
  const { text, encoding } = decodeBytes(bytes, bag);
  const lines = new LineIndex(text);
  let source: ArticleMeta['source'] = 'properties';
  let block: LexedBlock;
  let attributes: PropertyAttribute[];

  if (text.startsWith('---') && !text.slice(0, 200).includes('<properties')) {
    source = 'front-matter';
    block = { start: 0, end: 0, attributes: [] };
    attributes = frontMatterAttributes(text, bag);
    block.end = frontMatterEnd(text);
  } else {
    block = lexProperties(text, bag, lines);
    if (block.start === -1) {
      source = 'none';
      bag.error({ line: 1, column: 1 }, 'properties-missing', 'No `<properties … />` block found; every article starts with one');
    } else {
      checkSurroundings(text, block, lines, bag);
    }
    attributes = block.attributes.map((a) => toAttribute(a.name, a.value, lines.at(a.nameOffset), lines.at(a.valueOffset)));
  }

  const { input, extra } = collectInput(attributes, bag);
  const at = (name: string): Position => {
    const a = attributes.find((x) => x.name === name);
    return a ? { line: a.valueLine, column: a.valueColumn } : block.start >= 0 ? lines.at(block.start) : { line: 1, column: 1 };
  };

  let articleIdDerived = false;
  if (!input.articleId) {
    articleIdDerived = true;
    input.articleId = deriveArticleId(file);
    bag.warn(at('articleId'), 'properties-article-id-derived', `\`articleId\` is missing; derived \`${input.articleId}\` from the file path`);
  }

  const type = toSelfHelpType(input.selfHelpType);
  if (input.selfHelpType && type === 'unknown') {
    bag.warn(at('selfHelpType'), 'properties-unknown-type', `Unknown selfHelpType \`${input.selfHelpType}\`; the body is read as plain markdown`);
  }
  // The presence schema's issues, from its plain-code twin (fields.ts says why).
  if (source !== 'none' && !hasRequired(type, input)) {
    for (const { name, message } of missingRequired(type, input)) {
      if (name === 'articleId') continue;
      const core = (CORE_REQUIRED as readonly string[]).includes(name);
      bag.add(at(name), 'properties-required', core ? 'error' : 'warning', message);
    }
  }
  checkValues(input, at, bag);

  const fast = metaFields(input);
  let parsed = fast ? ({ success: true, data: fast } as const) : articleMetaSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? '');
      bag.error(at(name), 'properties-invalid-value', `Invalid \`${name}\` value \`${input[name] ?? ''}\`: ${issue.message}`);
      delete input[name];
    }
    parsed = articleMetaSchema.safeParse(input);
  }
  // The lenient schema accepts any input once the failing fields are gone; this fallback is belt and braces.
  const fields = parsed.success ? parsed.data : articleMetaSchema.parse({ articleId: input.articleId });

  const meta = toArticleMeta(fields, {
    file,
    articleIdDerived,
    rawSelfHelpType: input.selfHelpType ?? '',
    attributes,
    articleIdAt: at('articleId'),
    extra,
    block: block.start >= 0 ? { start: block.start, end: block.end } : null,
    source,
    encoding,
    diagnostics: bag.items,
  });
  return { meta, text, lines, bag };
}

type FileFacts = Omit<ArticleMeta, keyof ArticleMetaFields>;

/**
 * The metadata as one object literal naming every field (the type checks that none is missing or extra), in the
 * order the schema's output and then the file's facts come. Not `Object.assign({}, fields, facts)` nor a spread:
 * V8 keeps an object that grew past 16 properties that way as a hash table ("dictionary mode"), so every later read
 * of a field was a lookup, here and in every later stage. On 15,600 files this pass went from 0.9 to 0.8 s, and a
 * server's first start, which reads the fields again to build its indexes, from 5.0–5.5 s to 4.3–4.5 s.
 */
function toArticleMeta(f: ArticleMetaFields, facts: FileFacts): ArticleMeta {
  return {
    articleId: f.articleId,
    selfHelpType: f.selfHelpType,
    description: f.description,
    cloudEnvironments: f.cloudEnvironments,
    disableClouds: f.disableClouds,
    supportTopicIds: f.supportTopicIds,
    productPesIds: f.productPesIds,
    service: f.service,
    resource: f.resource,
    displayOrder: f.displayOrder,
    ownershipId: f.ownershipId,
    authors: f.authors,
    resourceTags: f.resourceTags,
    articleTags: f.articleTags,
    infoBubbleText: f.infoBubbleText,
    diagnosticScenario: f.diagnosticScenario,
    schemaVersion: f.schemaVersion,
    clientIds: f.clientIds,
    resourceRequired: f.resourceRequired,
    symptomId: f.symptomId,
    icmTeam: f.icmTeam,
    icmService: f.icmService,
    feedbackEmail: f.feedbackEmail,
    category: f.category,
    productFamilyId: f.productFamilyId,
    title: f.title,
    msAuthor: f.msAuthor,
    availableIn: f.availableIn,
    file: facts.file,
    articleIdDerived: facts.articleIdDerived,
    rawSelfHelpType: facts.rawSelfHelpType,
    attributes: facts.attributes,
    articleIdAt: facts.articleIdAt,
    extra: facts.extra,
    block: facts.block,
    source: facts.source,
    encoding: facts.encoding,
    diagnostics: facts.diagnostics,
  };
}

/** Canonical name → value for known attributes (first wins), unknown ones kept aside; names reported. */
function collectInput(attributes: PropertyAttribute[], bag: DiagnosticBag) {
  const input: Record<string, string> = {};
  const extra: Record<string, string> = {};
  const seen = new Set<string>();
  for (const a of attributes) {
    const place = { line: a.line, column: a.column };
    const folded = a.rawName.toLowerCase();
    if (seen.has(folded)) {
      bag.warn(place, 'properties-duplicate-attribute', `\`${a.rawName}\` is declared twice; the first value is used`);
      continue;
    }
    seen.add(folded);
    if (!a.known) {
      const hint = suggestAttribute(a.rawName);
      bag.warn(place, 'properties-unknown-attribute', `Unknown attribute \`${a.rawName}\`${hint ? `; did you mean \`${hint}\`?` : ''}`);
      extra[a.rawName] = a.value;
      continue;
    }
    if (isKnownTypo(folded)) {
      bag.warn(place, 'properties-misspelled-attribute', `\`${a.rawName}\` is a misspelling of \`${a.name}\``);
      if (a.name in input) continue;
    }
    input[a.name] = a.value;
  }
  return { input, extra };
}

// The list attributes checkValues reads, and those of them that name clouds (compared case-insensitively).
const LISTS = ['cloudEnvironments', 'disableClouds', 'supportTopicIds', 'productPesIds', 'resourceTags', 'articleTags'] as const;
const CLOUD_LISTS: ReadonlySet<string> = new Set(['cloudEnvironments', 'disableClouds']);

/**
 * Value checks the lenient schema does not make: unknown cloud names, then repeated list entries (diagnostics in
 * that order). Each list is split once for both.
 */
function checkValues(input: Record<string, string>, at: (name: string) => Position, bag: DiagnosticBag): void {
  const lists = LISTS.map((name) => listItems(input[name]));
  LISTS.forEach((name, i) => {
    if (!CLOUD_LISTS.has(name)) return;
    // Each distinct token once, in order (what splitList keeps).
    for (const token of new Set(lists[i])) {
      if (!toCloudId(token)) {
        bag.error(
          at(name),
          'properties-unknown-cloud',
          `Unexpected cloud \`${token}\` in \`${name}\`, expected one of ${CLOUD_IDS.map((c) => `\`${c}\``).join(', ')}`,
        );
      }
    }
  });
  LISTS.forEach((name, i) => {
    const repeated = repeatedItems(lists[i] ?? [], CLOUD_LISTS.has(name));
    if (repeated.length > 0) {
      bag.warn(at(name), 'properties-duplicate-value', `\`${name}\` lists ${[...new Set(repeated)].map((r) => `\`${r}\``).join(', ')} more than once`);
    }
  });
}

/**
 * The items of a list (`listItems`, case-folded with `fold`) that repeat an earlier one, in order. One pass with a
 * set, none for a list of one: this runs on six attributes of every file at start-up.
 */
function repeatedItems(items: readonly string[], fold: boolean): string[] {
  const repeated: string[] = [];
  if (items.length < 2) return repeated;
  const seen = new Set<string>();
  for (const part of items) {
    const item = fold ? part.toLowerCase() : part;
    if (seen.has(item)) repeated.push(item);
    else seen.add(item);
  }
  return repeated;
}

/** Reports text before the block and text after `/>` on its line (FORMAT.md §1.1, §1.2). */
function checkSurroundings(text: string, block: LexedBlock, lines: LineIndex, bag: DiagnosticBag): void {
  const prefix = text.slice(0, block.start);
  const first = prefix.search(/\S/);
  if (first !== -1) {
    const what = prefix.trimStart().startsWith('<!--') ? 'an HTML comment' : prefix.trimStart().startsWith('#') ? 'a heading' : 'text';
    bag.warn(lines.at(first), 'properties-not-first', `Found ${what} before \`<properties\`; the block should start the file`);
  }
  if (!text.slice(0, block.end).endsWith('>')) return; // unterminated: already reported
  const lineEnd = text.indexOf('\n', block.end);
  const rest = text.slice(block.end, lineEnd === -1 ? text.length : lineEnd);
  const stray = rest.search(/\S/);
  if (stray !== -1) {
    bag.warn(lines.at(block.end + stray), 'properties-trailing-text', `Unexpected \`${rest.trim()}\` after \`/>\` on the same line`);
  }
}

/** A stable id from a relative path: `folder/My File.md` → `folder--my-file` (URLs encode it). */
export function deriveArticleId(file: string): string {
  return (
    file
      .replace(/\\/g, '/')
      .replace(/\.(md|markdown|txt)$/i, '')
      .toLowerCase()
      .split('/')
      // Letters and digits of any script stay (localized content names files in Chinese, for one).
      .map((part) => part.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, ''))
      .filter(Boolean)
      .join('--')
  );
}
