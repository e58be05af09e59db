/** Indexes of a whole linted set for the cross-file rules, which run once per file but need the set's index once. */
import type { CatalogMeta } from '../content/model';

/** Memoizes `build` per linted set (the `all` array lintFiles hands every rule), held weakly. */
export function perSet<T>(build: (all: readonly CatalogMeta[]) => T): (all: readonly CatalogMeta[]) => T {
  const built = new WeakMap<readonly CatalogMeta[], T>();
  return (all) => {
    let index = built.get(all);
    if (index === undefined) {
      index = build(all);
      built.set(all, index);
    }
    return index;
  };
}
