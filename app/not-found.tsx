/** The 404 page (unknown article id or route): says what happened and offers the way back. */
import Link from 'next/link';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div style={{ maxWidth: 640 }}>
      <h1>Page not found</h1>
      <p>There is no self-help article or page at this address. The article may have been removed, or its ID may be misspelled.</p>
      <p>
        <Link href="/" style={{ color: 'var(--colorBrandForegroundLink)' }}>
          Browse all self-help articles
        </Link>
      </p>
    </div>
  );
}
