/**
 * A link from content or JSON (blade, docs, video) for the selected cloud. A portal link that needs a resource
 * the page does not have shows as text with a pointer to the resource form, never as a dead link; a docs page the
 * cloud's site may lack says so; an unsafe target shows as text. Server.
 */
import type { ReactNode } from 'react';
import type { CloudId } from '@/lib/clouds';
import { CLOUD_NOTE_SHORT, type ResolvedHref, resolveHref } from '@/lib/render/links';
import { ADD_RESOURCE, type PortalContext, RESOURCE_FORM_ID } from '@/lib/render/portal';
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
        {children}{' '}
        <span className={styles.note}>
          (<a href={`#${RESOURCE_FORM_ID}`}>{ADD_RESOURCE}</a>)
        </span>
      </span>
    );
  }
  return (
    <a
      className={className ? `${styles.link} ${className}` : styles.link}
      href={link.href}
      title={link.cloudNote ?? link.title}
      {...(link.external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {children}
      {link.cloudNote && <span className={styles.note}> {CLOUD_NOTE_SHORT}</span>}
      {link.external && <span className={styles.hint}> (opens in a new tab)</span>}
    </a>
  );
}
