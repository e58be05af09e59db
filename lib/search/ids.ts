/**
 * Pasted ids and names in a query: an articleId, a support topic id, a productPesId or a service name
 * (`Microsoft.KeyVault`, `keyvault`). Pure: the catalog answers the lookups, this module decides what a token is.
 */

/** What the catalog knows, asked one token at a time (tokens as typed; lookups fold case themselves). */
export interface IdLookup {
  /** The canonical articleId when some article has this id. */
  articleId(token: string): string | undefined;
  /** The id as the catalog spells it when some article has this support topic id. */
  supportTopicId(token: string): string | undefined;
  productPesId(token: string): string | undefined;
  /** The folded service (`microsoft.keyvault`) a name stands for: the whole name or its last part (`keyvault`). */
  service(token: string): string | undefined;
}

/** A filter the UI can offer for a pasted id or name. */
export interface SearchHint {
  kind: 'supportTopicId' | 'productPesId' | 'service';
  value: string;
  /** Display name when known (a topic's name, a service's spelling). */
  label?: string;
}

/** What the tokens of a query turned out to be. */
export interface DetectedIds {
  articleIds: string[];
  hints: SearchHint[];
  /** Tokens left for full-text search: everything but pasted ids. Service names stay: they are also words. */
  text: string[];
}

// A lone dictionary word that happens to be an id (there is an article whose id is `needed`) must not pin that
// article in a longer query; a pasted id has an id's shape: a digit, `-`, `_` or `.` in it.
const ID_SHAPE = /[\d_.-]/;

/**
 * Classifies each token: a topic or product id, else an articleId, else a word (perhaps a service name). The whole
 * query (`whole`, as typed: tokens drop repeated words) is tried as an articleId first: real ids have blanks in them
 * (`General guidance or Advisory`), pasted unquoted.
 */
export function detectIds(tokens: readonly string[], lookup: IdLookup, whole: string = tokens.join(' ')): DetectedIds {
  // Its words are still searched: such an id often reads like a query (`Issue not listed`).
  const id = /\s/.test(whole) && (tokens.length > 1 || whole !== tokens[0]) ? lookup.articleId(whole) : undefined;
  if (id) return { articleIds: [id], hints: [], text: [...tokens] };
  const out: DetectedIds = { articleIds: [], hints: [], text: [] };
  const hint = (h: SearchHint) => {
    if (!out.hints.some((o) => o.kind === h.kind && o.value === h.value)) out.hints.push(h);
  };
  for (const token of tokens) {
    const topic = lookup.supportTopicId(token);
    const product = topic ? undefined : lookup.productPesId(token);
    // A pasted number is a topic or product id before it is an article named by that number: its articles come first.
    const articleId = !topic && !product && (tokens.length === 1 || ID_SHAPE.test(token)) ? lookup.articleId(token) : undefined;
    if (articleId && !out.articleIds.includes(articleId)) out.articleIds.push(articleId);
    if (topic) hint({ kind: 'supportTopicId', value: topic });
    if (product) hint({ kind: 'productPesId', value: product });
    if (articleId || topic || product) continue;
    const service = lookup.service(token);
    if (service) hint({ kind: 'service', value: service });
    out.text.push(token);
  }
  return out;
}
