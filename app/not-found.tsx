/** The 404 page (unknown article id or route): says what happened and offers the way back. */
import Link from 'next/link';
import { Blade } from '@/components/Blade/Blade';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <Blade title="Page not found" crumbs={[{ label: 'Page not found' }]} closeHref="/">
      <p>There is no self-help article or page at this address. The article may have been removed, or its ID may be misspelled.</p>
      <p>
        <Link href="/">Browse all self-help articles</Link>
      </p>
    </Blade>
  );
}
