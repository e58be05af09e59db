/**
 * Runs once when the server process starts: begin loading the catalog (and open the store) right away, so the first request
 * (often a filtered in-portal help link) does not also pay for reading the content directory.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getCatalog } = await import('./lib/catalog/server');
  // Not awaited: the server starts listening while the catalog loads; requests wait on the same promise.
  getCatalog().catch((error: unknown) => console.error('[catalog] preload failed:', error));
  // Open the store and run its migrations now too; a database that is down is reported, never fatal.
  const { getStore } = await import('./lib/store/server');
  void getStore()
    .check()
    .then((status) => console.log(`[store] ${status.dialect}: ${status.state}${status.reason ? ` (${status.reason})` : ''}`));
}
