/**
 * The preview's blade. The workbench is the one page built from Fluent UI's React controls (an author's tool, not
 * a customer page with a script budget), so Fluent's providers and style SSR wrap only this route.
 */
import type { ReactNode } from 'react';
import { Blade } from '@/components/Blade/Blade';
import { Providers } from '../providers';

export default function PreviewLayout({ children }: { children: ReactNode }) {
  return (
    <Blade title="Preview an article" subtitle="Authoring · Help + support" section="preview" crumbs={[{ label: 'Preview an article' }]}>
      <Providers>{children}</Providers>
    </Blade>
  );
}
