/**
 * The preview's size limit, in a module with no imports so the browser bundle can check a body before sending
 * it (the server checks again; this only saves uploading megabytes on every keystroke).
 */

/** Largest request body the preview accepts (bytes); larger ones get 413. */
export const MAX_PREVIEW_BYTES = 256 * 1024;

/** The 413 message for a body of `bytes` bytes, or null when it fits. */
export function tooLargeMessage(bytes: number): string | null {
  if (bytes <= MAX_PREVIEW_BYTES) return null;
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  return `The article is ${kb(bytes)}, the preview accepts up to ${kb(MAX_PREVIEW_BYTES)}`;
}
