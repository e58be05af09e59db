/** Recommended Documents as a link list; hosts follow the selected cloud, external links open a new tab. */
import type { CloudId } from '@/lib/clouds';
import type { DocLink } from '@/lib/content/model';
import type { PortalContext } from '@/lib/render/portal';
import { PortalLink } from '../PortalLink/PortalLink';
import styles from './DocumentList.module.css';

export function DocumentList({ documents, cloud, context }: { documents: readonly DocLink[]; cloud: CloudId; context?: PortalContext }) {
  return (
    <ul className={styles.list}>
      {documents.map((doc, i) => (
        // Unsafe targets keep their text without a link; portal links needing a resource get a note.
        <li key={`${doc.line}:${doc.column}:${i}`}>
          <PortalLink href={doc.url} cloud={cloud} context={context}>
            {doc.text || doc.url}
          </PortalLink>
        </li>
      ))}
    </ul>
  );
}
