/**
 * Runs once when the server process starts: begin loading the catalog right away (so the first request, often a
 * filtered in-portal help link, does not also pay for reading the content directory), and start logging,
 * metrics and, with SELFHELP_WATCH=1, live content reloads (lib/ops/start.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startOps } = await import('./lib/ops/start');
  startOps();
}
