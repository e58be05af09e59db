/**
 * The catalog every route shares: one load per server process, started by the first request (or by an
 * instrumentation hook) and never at build time. Kept on globalThis so dev HMR re-evaluating this module
 * does not load the content again.
 */
import 'server-only';
import path from 'node:path';
import { Catalog } from './catalog';

const KEY = Symbol.for('selfhelp.catalog');
type Holder = { [KEY]?: Promise<Catalog> };

/** The content directory: SELFHELP_CONTENT_DIR (default `./content`), resolved against the working directory. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.SELFHELP_CONTENT_DIR || 'content');
}

/** The shared catalog, with pending content changes applied in development. */
export async function getCatalog(): Promise<Catalog> {
  const holder = globalThis as Holder;
  let loading = holder[KEY];
  if (!loading) {
    const root = contentDir();
    loading = Catalog.load(root, { watch: process.env.NODE_ENV === 'development' }).then((catalog) => {
      const failures = catalog.failures().length;
      console.log(`[catalog] ${catalog.size} articles, ${failures} failures from ${root} in ${Math.round(catalog.loadMs)} ms`);
      return catalog;
    });
    holder[KEY] = loading;
    // A failed load (a bug, not content) must not be cached for the life of the process.
    loading.catch(() => {
      if (holder[KEY] === loading) delete holder[KEY];
    });
  }
  return (await loading).refresh();
}
