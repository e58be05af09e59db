/**
 * A link from content or JSON (blade, docs, video) for the selected cloud. A portal link that needs a resource
 * the page does not have shows as text with a note, never as a dead link; an unsafe target as text. Server.
 */
import type { ReactNode } from 'react';
import type { CloudId } from '@/lib/clouds';
import { type ResolvedHref, resolveHref } from '@/lib/render/links';
import type { PortalContext } from '@/lib/render/portal';
import styles from './PortalLink.module.css';

export interface PortalLinkProps {
  /** A link as written in content; or pass `resolved` for one built from parts. */
  href?: string;
  resolved?: ResolvedHref | null;
  children: ReactNode;
  cloud: CloudId;
  context?: PortalContext;
  className?: string;
}

export function PortalLink({ href, resolved, children, cloud, context, className }: PortalLinkProps) {
  const link = resolved !== undefined ? resolved : resolveHref(href ?? '', cloud, context);
  if (!link) return <span className={className}>{children}</span>;
  if (link.missing) {
    return (
      <span className={className} title={`${link.title}. ${link.note}.`}>
        {children} <span className={styles.note}>(portal link, needs your resource)</span>
      </span>
    );
  }
  return (
    <a className={className ? `${styles.link} ${className}` : styles.link} href={link.href} title={link.title} {...(link.external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {children}
      {link.external && <span className={styles.hint}> (opens in a new tab)</span>}
    </a>
  );
}
