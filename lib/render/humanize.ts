/** Field names in words for readers: `commonProblems` → "Common problems", `symptomId` → "Symptom ID". */
export function humanize(key: string): string {
  const words = key
    .replace(/^\$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .replace(/\bid\b/g, 'ID')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const PLURAL = new Intl.PluralRules('en');

/** A count with its noun in the right number: `count(1, 'error')` → "1 error", `count(2, 'match', 'matches')` → "2 matches". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${PLURAL.select(n) === 'one' ? singular : plural}`;
}
