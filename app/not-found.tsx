/** The 404 page (unknown article id or route): says what happened and offers the way back. */
import { Blade } from '@/components/Blade/Blade';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <Blade title="Page not found" crumbs={[{ label: 'Page not found' }]} closeHref="/" menu={false}>
      <p>There is no self-help article or page at this address. The article may have been removed, or its ID may be misspelled.</p>
      <p>
        <a href="/">Browse all self-help articles</a>
      </p>
    </Blade>
  );
}
