/**
 * How text becomes index terms, shared by indexing, querying and snippet highlighting so the three agree:
 * words are runs of letters and digits (any script), lower-cased, stop words dropped, then Porter-stemmed
 * (`firewalls`/`firewall` → `firewal`, `connecting`/`connection` → `connect`).
 */
import { stemmer } from 'stemmer';

/** A word of running text: letters and digits, with inner apostrophes (`won't`) kept in one word. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Function words that say nothing about a topic. Dropping them matters for AND matching: "my VM won't start"
 * must not require articles to contain "my" and "won't". Negations go too: retrieval cannot use them.
 */
const STOP_WORDS = new Set(
  (
    'a an and are arent as at be been but by can cannot cant could couldnt did didnt do does doesnt dont for from had ' +
    'has hasnt have havent how i if in into is isnt it its me my no not of on or our so than that the their them ' +
    'then there these they this to was wasnt we were werent what when where which while who why will with wont ' +
    'would wouldnt you your'
  ).split(' '),
);

// Longer "words" are encoded data (base64, hashes) that no one types; skipping them keeps the index small.
const MAX_WORD = 40;

/** The words of a text, as written. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lower-cased word with apostrophes removed (`Won't` → `wont`): the form stop words and stems start from. */
export function fold(word: string): string {
  return word.toLowerCase().replace(/['’]/g, '');
}

/** The index term of a word typed in a query or read in a text; null for stop words and junk. */
export function queryTerm(word: string): string | null {
  const folded = fold(word);
  if (!folded || folded.length > MAX_WORD || STOP_WORDS.has(folded)) return null;
  return /\d/.test(folded) ? folded : stemmer(folded);
}

// `KeyVault`, `AzureFirewall`, `VMScaleSets`: the parts of a camel-cased word, so "key vault" finds "KeyVault".
const CAMEL_PART = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+/gu;

// An apostrophe inside a word: `We're`, `isn't`, `Azure's`.
const APOSTROPHE = /['’]/;

/**
 * The index terms of a word in an indexed text: its own term, plus the terms of its parts when it has some:
 * camel-case parts (`KeyVault` → key, vault: "key vault" finds it) and the parts around an apostrophe (`We're` is
 * the stop word `were`, but `re` is what a reader copying the title's letters types). Queries use `queryTerm`
 * alone, so a typed `keyvault` is one term that the whole word matches.
 */
export function indexTerms(word: string): string | string[] | null {
  const whole = queryTerm(word);
  const camel = /\p{Ll}\p{Lu}/u.test(word);
  const apostrophe = APOSTROPHE.test(word);
  if (!camel && !apostrophe) return whole;
  const parts = apostrophe ? word.split(APOSTROPHE).filter((p) => p.length >= 2) : (word.match(CAMEL_PART) ?? []);
  const terms = parts.map(queryTerm).filter((t): t is string => t !== null);
  return [...new Set(whole ? [whole, ...terms] : terms)];
}
