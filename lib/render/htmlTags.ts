/**
 * Names of real HTML elements. Raw HTML in content whose tag is not one of these (`<port>`,
 * `<your storage account>`, `<insight>`) is a placeholder or XML meant as text, so it is escaped
 * before the HTML parser sees it; a sanitizer would otherwise delete it silently.
 */
export const HTML_TAG_NAMES: ReadonlySet<string> = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col ' +
    'colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form frame ' +
    'frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map ' +
    'mark math menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ' +
    'ruby s samp script search section select slot small source span strike strong style sub summary sup svg table ' +
    'tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr center font big nobr'
  ).split(' '),
);

/** True when `name` (any case) is a real HTML element name. */
export function isHtmlTagName(name: string): boolean {
  return HTML_TAG_NAMES.has(name.toLowerCase());
}
