'use client';
/**
 * A button that moves the walk: a GET form to the next state's URL, so it works before (or without)
 * JavaScript; once hydrated, the click moves the walk in place instead of loading the page again.
 */
import type { ReactNode } from 'react';
import { type Progress, progressParams } from '@/lib/guides/progress';
import styles from './GuideFlow.module.css';

export interface GoButtonProps {
  pagePath: string;
  cloud: string | null;
  to: Progress;
  onGo: (to: Progress) => void;
  className?: string;
  children: ReactNode;
  /** Spoken name when the visible label needs context (e.g. which check). */
  label?: string;
}

export function GoButton({ pagePath, cloud, to, onGo, className, children, label }: GoButtonProps) {
  const hidden = [...progressParams(to, cloud).entries()];
  return (
    <form method="get" action={pagePath} className={styles.inlineForm}>
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        className={className}
        aria-label={label}
        onClick={(e) => {
          e.preventDefault();
          onGo(to);
        }}
      >
        {children}
      </button>
    </form>
  );
}
