'use client';
/**
 * The browse page's search form: a plain GET form (works without script), and with script it searches as you type,
 * replacing the URL after a short pause so the URL stays the state (back, reload and sharing keep working).
 */
import { useRouter } from 'next/navigation';
import { type ChangeEvent, useEffect, useRef } from 'react';
import styles from './SearchForm.module.css';

export interface SearchFormProps {
  q?: string;
  /** The other filters, kept as hidden fields (a name repeats for several values). */
  kept: ReadonlyArray<readonly [string, string]>;
}

const PAUSE_MS = 300;

export function SearchForm({ q, kept }: SearchFormProps) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  function schedule(value: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const params = new URLSearchParams(kept.map(([n, v]) => [n, v]));
      // One letter matches almost everything; wait for a second one (or an empty box, which clears the search).
      if (value.trim().length === 1) return;
      if (value.trim()) params.set('q', value.trim());
      const query = params.toString();
      router.replace(query ? `/?${query}` : '/', { scroll: false });
    }, PAUSE_MS);
  }

  // The box is the same element across these navigations (the page's client tree is kept), so it keeps its letters,
  // caret and focus by itself; only a pending search must not outlive it.
  useEffect(() => () => clearTimeout(timer.current), []);

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    schedule(event.currentTarget.value);
  }

  return (
    <form method="get" action="/" role="search" className={styles.search} aria-label="Search articles">
      {kept.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="search-q" className={styles.label}>
        Search articles
      </label>
      <div className={styles.row}>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q ?? ''}
          placeholder="Describe the problem, or paste a support topic or article ID"
          className={styles.input}
          onChange={onChange}
          autoComplete="off"
        />
        <button type="submit" className={styles.submit}>
          Search
        </button>
      </div>
    </form>
  );
}
