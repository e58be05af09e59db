/**
 * Asks before the author leaves the preview with unsaved text: the browser's own prompt on reload, close and typed
 * addresses (`beforeunload`), and a confirm for links inside the app, whose client-side navigation fires no
 * `beforeunload` (the header, and the breadcrumb of the previewed article itself).
 */
import { useEffect, useRef } from 'react';

export const LEAVE_QUESTION = 'Leave the preview? Your text is kept in this browser, but it is not saved to a file.';

/** Whether a click on this anchor takes the page elsewhere in this tab. */
function leavesPage(a: HTMLAnchorElement, event: MouseEvent): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (a.target && a.target !== '_self') return false;
  if (a.hasAttribute('download')) return false;
  const to = new URL(a.href, window.location.href);
  const here = window.location;
  // A jump within this page (`#section`) keeps the text on screen.
  return !(to.origin === here.origin && to.pathname === here.pathname && to.search === here.search && to.hash !== '');
}

export function useLeaveWarning(dirty: boolean): void {
  const current = useRef(dirty);
  useEffect(() => {
    current.current = dirty;
  });

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!current.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    // Capture phase on the document: runs before React's handlers, so a refusal stops Next's Link from navigating.
    const click = (event: MouseEvent) => {
      if (!current.current || !(event.target instanceof Element)) return;
      const a = event.target.closest('a[href]');
      if (!(a instanceof HTMLAnchorElement) || !leavesPage(a, event)) return;
      if (window.confirm(LEAVE_QUESTION)) {
        // Agreed: the full navigation that may follow must not ask a second time.
        current.current = false;
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, []);
}
