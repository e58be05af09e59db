/**
 * The results: one card per title. A card shows the title and an excerpt with the matched words marked, the heading
 * the excerpt sits under, and the facts that tell articles apart (type, service and resource, named topics and
 * products, the clouds in a few words). Articles sharing a title are one card that lists them with what differs.
 * Text arrives as data (lib/search/snippet): no article HTML is rendered here. Server component.
 */

import { type DifferingField, groupSameTitles } from '@/lib/catalog/display';
import type { Highlights } from '@/lib/catalog/highlights';
import type { ResultItem } from '@/lib/catalog/indexes';
import type { ValueLabel } from '@/lib/catalog/labels';
import { type CloudId, condenseClouds } from '@/lib/clouds';
import { type CatalogMeta, SELF_HELP_TYPE_LABELS } from '@/lib/content/model';
import { articleHref } from '@/lib/routes/article';
import type { TextPart } from '@/lib/search/snippet';
import { Badge } from '../Badge/Badge';
import styles from './ResultList.module.css';

/** Names of topic and product ids (the catalog's labels). */
export type LabelOf = (name: 'supportTopicId' | 'productPesId', value: string) => ValueLabel | undefined;

export interface ResultListProps {
  items: readonly ResultItem[];
  /** Per item, in the same order; missing entries show the plain title and description. */
  highlights: readonly (Highlights | undefined)[];
  cloud?: CloudId;
  labelOf: LabelOf;
}

function Marked({ parts }: { parts: readonly TextPart[] }) {
  return parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text));
}

function ids(name: 'supportTopicId' | 'productPesId', values: readonly string[], labelOf: LabelOf): string {
  const shown = values.slice(0, 3).map((v) => {
    const label = labelOf(name, v)?.label;
    return label ? `${label} (${v})` : v;
  });
  return values.length > 3 ? `${shown.join(', ')} and ${values.length - 3} more` : shown.join(', ');
}

/** The facts line of a card: what tells this article from others (one line of text keeps the page small). */
function Facts({ meta, labelOf }: { meta: CatalogMeta; labelOf: LabelOf }) {
  const facts = [
    [meta.service, meta.resource].filter(Boolean).join(' / '),
    meta.supportTopicIds.length > 0 ? `Topic ${ids('supportTopicId', meta.supportTopicIds, labelOf)}` : '',
    meta.productPesIds.length > 0 ? `Product ${ids('productPesId', meta.productPesIds, labelOf)}` : '',
    condenseClouds(meta.availableIn),
  ].filter(Boolean);
  return <p className={styles.facts}>{facts.join(' · ')}</p>;
}

const DIFFER_LABEL: Record<DifferingField, (m: CatalogMeta, labelOf: LabelOf) => string> = {
  service: (m) => m.service ?? 'no service',
  productPesIds: (m, labelOf) => `product ${ids('productPesId', m.productPesIds, labelOf) || 'none'}`,
  supportTopicIds: (m, labelOf) => `topic ${ids('supportTopicId', m.supportTopicIds, labelOf) || 'none'}`,
  selfHelpType: (m) => SELF_HELP_TYPE_LABELS[m.selfHelpType],
  availableIn: (m) => condenseClouds(m.availableIn),
};

export function ResultList({ items, highlights, cloud, labelOf }: ResultListProps) {
  const groups = groupSameTitles(items);
  return (
    <ol className={styles.list} aria-label="Articles">
      {groups.map((group) => {
        const [first, ...rest] = group.members;
        const item = first === undefined ? undefined : items[first];
        if (!item) return null;
        const { meta } = item;
        const h = first === undefined ? undefined : highlights[first];
        return (
          <li key={meta.file} className={styles.item}>
            <div className={styles.titleRow}>
              <a href={articleHref(meta.articleId, cloud)} className={styles.title}>
                {h ? <Marked parts={h.title} /> : item.title}
              </a>
              <Badge>{SELF_HELP_TYPE_LABELS[meta.selfHelpType]}</Badge>
            </div>
            {h?.excerpt ? (
              <p className={styles.excerpt}>
                {h.excerpt.heading && <span className={styles.excerptHeading}>{h.excerpt.heading}: </span>}
                <Marked parts={h.excerpt.parts} />
              </p>
            ) : (
              meta.description && <p className={styles.excerpt}>{meta.description}</p>
            )}
            <Facts meta={meta} labelOf={labelOf} />
            {rest.length > 0 && (
              <details className={styles.same}>
                <summary>{`${group.members.length} articles with this title`}</summary>
                <ul>
                  {rest.map((i) => {
                    const other = items[i];
                    if (!other) return null;
                    const differs = group.differs.map((f) => DIFFER_LABEL[f](other.meta, labelOf)).join(' · ');
                    return (
                      <li key={other.meta.file}>
                        <a href={articleHref(other.meta.articleId, cloud)}>{other.title}</a>
                        {differs && <span className={styles.differs}> · {differs}</span>}
                      </li>
                    );
                  })}
                </ul>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
