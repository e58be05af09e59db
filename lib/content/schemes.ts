/** The link schemes of the self-help format (FORMAT.md §3.4): one list for the sanitizer and for lint. */

/**
 * Every scheme an article may use, lower case (authors' case varies: `mailTo:`), with whether a page renders it as
 * a link: portal schemes are rewritten to the cloud's portal address after sanitizing; `button-link:` is known
 * (so lint does not call it a typo) but has no portal address we could give it, so it renders as text.
 */
const SCHEMES = {
  https: true,
  http: true,
  mailto: true,
  'data-blade': true,
  'data-blade-uri': true,
  'button-data-blade': true,
  'button-data-context': true,
  'button-link': false,
} as const satisfies Record<string, boolean>;

/** Every scheme of the format: anything else is unknown (lint looks for typos of these). */
export const LINK_SCHEMES: readonly string[] = Object.keys(SCHEMES);

/** The schemes a rendered page keeps in `href` (the sanitizer's allow-list; `javascript:` and the like never). */
export const RENDERED_LINK_SCHEMES: readonly string[] = LINK_SCHEMES.filter((s) => SCHEMES[s as keyof typeof SCHEMES]);
