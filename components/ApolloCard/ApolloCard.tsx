/**
 * An Apollo block (`<insight>`, `<video>`, `<videoGroup>`, `<metric>`, `<azureKB>`) as a labelled card that
 * says what the portal shows in its place; the author's parameters sit in a closed "Details for engineers"
 * disclosure (native `<details>`, no script). Server component.
 */

import type { CloudId } from '@/lib/clouds';
import type { ApolloElement } from '@/lib/content/model';
import { type ApolloCardModel, apolloCard } from '@/lib/render/apollo';
import type { PortalContext } from '@/lib/render/portal';
import { Backticked } from '../Backticked/Backticked';
import { PortalLink } from '../PortalLink/PortalLink';
import { DataTrendingRegular, GlobeSearchRegular, StethoscopeRegular, VideoClipRegular } from '../RichIcons/RichIcons';
import styles from './ApolloCard.module.css';

const ICONS: Record<ApolloCardModel['kind'], typeof StethoscopeRegular> = {
  insight: StethoscopeRegular,
  video: VideoClipRegular,
  videoGroup: VideoClipRegular,
  metric: DataTrendingRegular,
  azureKB: GlobeSearchRegular,
  other: StethoscopeRegular,
};

export interface ApolloCardProps {
  element: ApolloElement;
  cloud: CloudId;
  context?: PortalContext;
}

export function ApolloCard({ element, cloud, context }: ApolloCardProps) {
  const card = apolloCard(element);
  const Icon = ICONS[card.kind];
  const name = card.title ? `${card.label}: ${card.title}` : card.label;
  return (
    <div role="group" aria-label={name} className={styles.card} data-apollo={card.kind}>
      <div className={styles.head}>
        <Icon className={styles.icon} aria-hidden="true" />
        <span className={styles.label}>{card.label}</span>
        {card.title && <span className={styles.title}>{card.title}</span>}
      </div>
      <p className={styles.description}>
        <Backticked text={card.description} />
      </p>
      {card.videos.length > 0 && (
        <ul className={styles.videos}>
          {card.videos.map((v, i) => (
            <li key={i}>
              <PortalLink href={v.src} cloud={cloud} context={context}>
                {v.title}
              </PortalLink>
            </li>
          ))}
        </ul>
      )}
      {card.fields.length > 0 && (
        // Internal settings (symptom ids, texts for the portal's states): there for engineers, folded away for customers.
        <details className={styles.engineers}>
          <summary className={styles.summary}>Details for engineers</summary>
          <dl className={styles.fields}>
            {card.fields.map((f, i) => (
              <div key={i} className={styles.row}>
                <dt>{f.name}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
