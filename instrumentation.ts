/**
 * Runs once when the server process starts: begin loading the catalog right away, so the first request
 * (often a filtered in-portal help link) does not also pay for reading the content directory.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getCatalog } = await import('./lib/catalog/server');
  // Not awaited: the server starts listening while the catalog loads; requests wait on the same promise.
  getCatalog().catch((error: unknown) => console.error('[catalog] preload failed:', error));
}
