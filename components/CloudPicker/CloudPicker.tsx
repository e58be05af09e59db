/**
 * The cloud whose view is on, shown and chosen in the blade header: a button naming the cloud and a popover of the
 * six clouds as links (a retired cloud says so; clouds the page is not offered in say that). No script.
 */
import { CLOUD_IDS, CLOUDS, type CloudId } from '@/lib/clouds';
import { Icon } from '../Icon/Icon';
import styles from './CloudPicker.module.css';

export interface CloudPickerProps {
  /** The cloud in view; none means every cloud (browse only, with `allHref`). */
  current?: CloudId;
  /** Where "All clouds" goes; the entry is offered only with it. */
  allHref?: string;
  /** The href of the same page for another cloud. */
  hrefFor: (cloud: CloudId) => string;
  /** Clouds the page is offered in; others are listed as not offered. Default: all. */
  offered?: readonly CloudId[];
}

export function CloudPicker({ current, allHref, hrefFor, offered = CLOUD_IDS }: CloudPickerProps) {
  const name = current ? CLOUDS[current].displayName : 'All clouds';
  return (
    <div className={styles.root} data-print="hide">
      <button type="button" popoverTarget="cloud-menu" className={styles.trigger} aria-label={`Cloud: ${name}`}>
        <Icon name="cloud" />
        <span className={styles.label}>
          <span className={styles.prefix}>Cloud: </span>
          {name}
        </span>
        <Icon name="chevron-down" />
      </button>
      <div id="cloud-menu" popover="auto" className={styles.menu}>
        <p className={styles.menuTitle}>View as the portal of</p>
        <ul className={styles.list}>
          {allHref && (
            <li>
              <a href={allHref} className={styles.item} aria-current={current ? undefined : 'true'} aria-label="All clouds" aria-describedby="cloud-note-all">
                <span>All clouds</span>
                <span className={styles.note} id="cloud-note-all">
                  Articles of every cloud
                </span>
              </a>
            </li>
          )}
          {CLOUD_IDS.map((id) => {
            const c = CLOUDS[id];
            const notOffered = !offered.includes(id);
            return (
              <li key={id}>
                <a
                  href={hrefFor(id)}
                  className={styles.item}
                  aria-current={id === current ? 'true' : undefined}
                  aria-label={c.displayName}
                  aria-describedby={`cloud-note-${id}`}
                >
                  <span>{c.displayName}</span>
                  <span className={styles.note} id={`cloud-note-${id}`}>
                    {c.retired ? 'Retired. ' : ''}
                    {notOffered ? 'Not offered there.' : c.note}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
