/** The content-health blade. */
import type { ReactNode } from 'react';
import { Blade } from '@/components/Blade/Blade';

export default function InsightsLayout({ children }: { children: ReactNode }) {
  return (
    <Blade title="Content health" subtitle="For content owners · Help + support" section="health" crumbs={[{ label: 'Content health' }]}>
      {children}
    </Blade>
  );
}
