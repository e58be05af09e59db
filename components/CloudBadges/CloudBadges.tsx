/**
 * The clouds an article is available in, as badges named by lib/clouds.ts: the cloud in view filled, the others
 * outlined, the retired one quiet (never mistaken for the selected one). With `hrefFor`, each badge is a link.
 */
import { CLOUDS, type CloudId } from '@/lib/clouds';
import { Badge } from '../Badge/Badge';
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
        const badge = cloud.retired ? (
          <Badge appearance="tint" color="subtle">
            {cloud.displayName}
          </Badge>
        ) : (
          <Badge appearance={id === selected ? 'filled' : 'outline'} color="brand">
            {cloud.displayName}
          </Badge>
        );
        return (
          <li key={id} title={cloud.note}>
            {hrefFor ? (
              <a href={hrefFor(id)} aria-current={id === selected ? 'true' : undefined} className={styles.link}>
                {badge}
              </a>
            ) : (
              badge
            )}
          </li>
        );
      })}
    </ul>
  );
}
