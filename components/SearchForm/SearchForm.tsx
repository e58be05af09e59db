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

/**
 * What the reader is typing, kept across the page's remount: a new query string makes Next mount the page anew,
 * and the box must keep the letters typed while the results were on their way, the focus and the caret.
 */
let typing: { value: string; caret: number; at: number } | null = null;

export function SearchForm({ q, kept }: SearchFormProps) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
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

  useEffect(() => {
    const box = input.current;
    // Mounted after a search-as-you-type navigation (the old box took the focus with it): carry on where the reader is.
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (box && typing && focusLost && Date.now() - typing.at < 5_000) {
      box.value = typing.value;
      box.focus();
      box.setSelectionRange(typing.caret, typing.caret);
      if (typing.value.trim() !== (q ?? '')) schedule(typing.value);
    }
    return () => clearTimeout(timer.current);
    // Once per mount: `q` and `schedule` are this mount's.
    // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  }, []);

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const box = event.currentTarget;
    typing = { value: box.value, caret: box.selectionStart ?? box.value.length, at: Date.now() };
    schedule(box.value);
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
          ref={input}
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
