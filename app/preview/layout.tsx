/** The preview's blade: the authoring tool, beside the pages customers see. */
import type { ReactNode } from 'react';
import { Blade } from '@/components/Blade/Blade';

export default function PreviewLayout({ children }: { children: ReactNode }) {
  return (
    <Blade title="Preview an article" subtitle="Authoring · Help + support" section="preview" crumbs={[{ label: 'Preview an article' }]}>
      {children}
    </Blade>
  );
}
