/**
 * The one sanitizer allow-list of the project. Everything an article may render as HTML is named here;
 * anything else is dropped (its text kept) and script-like elements are removed with their content.
 */
import type { Schema } from 'hast-util-sanitize';
import { RENDERED_LINK_SCHEMES } from '../content/schemes';

/** Elements whose content must go too, not only the tag: executable, styling or embedding elements. */
// Form controls (`<button>`, `<select>`) are not listed: they are unwrapped, so their label text stays readable.
const STRIP = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'template', 'noscript', 'svg', 'math', 'title', 'head'];

const ALIGN = ['align', 'left', 'center', 'right'] as const;

export const sanitizeSchema: Schema = {
  tagNames: [
    'p',
    'br',
    'hr',
    'pre',
    'code',
    'kbd',
    'samp',
    'b',
    'i',
    'u',
    's',
    'del',
    'sub',
    'sup',
    'strong',
    'em',
    'mark',
    'a',
    'img',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'span',
    'div',
  ],
  attributes: {
    // `title` is how content authors annotate spans and links; no other global attribute survives
    // (no `style`, no `on*`, no `id`/`name` that could clobber globals).
    '*': ['title'],
    a: ['href'],
    img: ['src', 'alt'],
    ol: ['start', 'reversed'],
    th: [[...ALIGN]],
    td: [[...ALIGN]],
    // Fenced code keeps its language for styling; the class is constrained to the language- form.
    code: [['className', /^language-[\w+#.-]+$/]],
    // Render-made markers only (the pipeline adds them before sanitizing; authors cannot smuggle others).
    mark: [['className', 'token', 'token-filled']],
    // An Apollo block's slot; render.ts replaces it with a card built from the body model, never from HTML.
    div: [['className', 'apollo-slot']],
  },
  protocols: {
    // No javascript:, data:, vbscript:, file:. Blade schemes are rewritten to portal https URLs after this step.
    href: [...RENDERED_LINK_SCHEMES],
    src: ['http', 'https'],
  },
  strip: STRIP,
  allowComments: false,
  allowDoctypes: false,
  clobberPrefix: 'user-content-',
  clobber: [],
};
