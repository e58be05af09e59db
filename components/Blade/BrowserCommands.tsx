'use client';
/** Copy link and Print: the two blade commands that need the browser. Hidden until hydrated, since without script they would do nothing. */
import { useEffect, useState } from 'react';
import { Icon } from '../Icon/Icon';

export function BrowserCommands({ className }: { className?: string }) {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard permission: the address bar still has the link.
      window.prompt('Copy this link', window.location.href);
    }
  }

  return (
    <>
      <button type="button" className={className} onClick={copy}>
        <Icon name={copied ? 'checkmark' : 'link'} />
        <span aria-live="polite">{copied ? 'Link copied' : 'Copy link'}</span>
      </button>
      <button type="button" className={className} onClick={() => window.print()}>
        <Icon name="print" />
        Print
      </button>
    </>
  );
}
