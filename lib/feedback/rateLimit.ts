/**
 * Votes per client per minute, counted in memory (per server process): a sliding window of the times of each
 * client's recent votes. Clients idle for a window are forgotten, and the map is capped so that a flood of
 * made-up client ids cannot grow memory without bound.
 */

export const VOTES_PER_MINUTE = 30;
const WINDOW_MS = 60_000;
const MAX_CLIENTS = 100_000;

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit = VOTES_PER_MINUTE,
    private readonly windowMs = WINDOW_MS,
  ) {}

  /** Counts one attempt by `client`; returns seconds to wait when over the limit, else 0. */
  take(client: string, now = Date.now()): number {
    const recent = (this.hits.get(client) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(client, recent);
      return Math.max(1, Math.ceil(((recent[0] ?? now) + this.windowMs - now) / 1000));
    }
    recent.push(now);
    // Re-inserting keeps the map in least-recently-seen order, so the oldest client is the first key.
    this.hits.delete(client);
    this.hits.set(client, recent);
    if (this.hits.size > MAX_CLIENTS) {
      const oldest = this.hits.keys().next().value;
      if (oldest !== undefined) this.hits.delete(oldest);
    }
    return 0;
  }
}

/**
 * The client a request comes from: the last `x-forwarded-for` entry, which is the address Next.js or the
 * nearest proxy saw (earlier entries are whatever the client claimed).
 */
export function clientOf(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || 'unknown';
}
