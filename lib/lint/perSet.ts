/** Indexes of a whole linted set for the cross-file rules, which run once per file but need the set's index once. */
import type { ArticleMeta } from '../content/model';

/** Memoizes `build` per linted set (the `all` array lintFiles hands every rule), held weakly. */
export function perSet<T>(build: (all: readonly ArticleMeta[]) => T): (all: readonly ArticleMeta[]) => T {
  const built = new WeakMap<readonly ArticleMeta[], T>();
  return (all) => {
    let index = built.get(all);
    if (index === undefined) {
      index = build(all);
      built.set(all, index);
    }
    return index;
  };
}
