/** The content diagnostics blade. */
import type { ReactNode } from 'react';
import { Blade } from '@/components/Blade/Blade';

export default function DiagnosticsLayout({ children }: { children: ReactNode }) {
  return (
    <Blade title="Content diagnostics" subtitle="Content health · Help + support" section="diagnostics" crumbs={[{ label: 'Content diagnostics' }]}>
      {children}
    </Blade>
  );
}
