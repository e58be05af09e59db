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
