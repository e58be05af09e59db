/**
 * A section named by its own heading (`aria-labelledby`), so screen readers list it by that name: the cards and
 * groups of our pages. Renders no styles of its own; each caller passes its classes. Server or client alike.
 */
import type { ReactNode } from 'react';

export interface LabelledSectionProps {
  /** The heading's id, which labels the section; unique on the page. */
  id: string;
  title: ReactNode;
  /** Heading level: 2 unless the section sits inside another one. */
  level?: 2 | 3;
  className?: string;
  titleClassName?: string;
  children?: ReactNode;
}

export function LabelledSection({ id, title, level = 2, className, titleClassName, children }: LabelledSectionProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={className} aria-labelledby={id}>
      <Heading id={id} className={titleClassName}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
