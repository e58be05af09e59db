/** The feedback routes' shared dependencies: the process's store, catalog and one rate limiter. */
import 'server-only';
import { getCatalog } from '../catalog/server';
import { getStore } from '../store/server';
import { RateLimiter } from './rateLimit';
import type { FeedbackDeps } from './vote';

const KEY = Symbol.for('selfhelp.feedback.limiter');
type Holder = { [KEY]?: RateLimiter };

/** Store, catalog and the process-wide limiter (on globalThis so dev HMR keeps the counts). */
export function feedbackDeps(): FeedbackDeps {
  const holder = globalThis as Holder;
  holder[KEY] ??= new RateLimiter();
  return { store: getStore(), catalog: getCatalog, limiter: holder[KEY] };
}
