/**
 * The clouds an article is available in, as badges named by lib/clouds.ts. With `hrefFor`, each badge is a
 * link (the article page uses this to re-render the article for another cloud). Server component.
 */
import { Badge } from '@fluentui/react-components';
import Link from 'next/link';
import { CLOUDS, type CloudId } from '@/lib/clouds';
import styles from './CloudBadges.module.css';

export interface CloudBadgesProps {
  clouds: readonly CloudId[];
  /** The cloud in view: shown filled. */
  selected?: CloudId;
  hrefFor?: (cloud: CloudId) => string;
  label?: string;
}

export function CloudBadges({ clouds, selected, hrefFor, label = 'Available in' }: CloudBadgesProps) {
  if (clouds.length === 0) return <span className={styles.none}>No cloud listed</span>;
  return (
    <ul className={styles.list} aria-label={label}>
      {clouds.map((id) => {
        const cloud = CLOUDS[id];
        const badge = (
          <Badge appearance={id === selected ? 'filled' : 'outline'} color={cloud.retired ? 'subtle' : 'brand'} shape="rounded">
            {cloud.displayName}
          </Badge>
        );
        return (
          <li key={id} title={cloud.note}>
            {hrefFor ? (
              <Link href={hrefFor(id)} aria-current={id === selected ? 'true' : undefined} className={styles.link}>
                {badge}
              </Link>
            ) : (
              badge
            )}
          </li>
        );
      })}
    </ul>
  );
}
