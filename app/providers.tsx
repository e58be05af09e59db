'use client';
/**
 * Fluent UI React's client boundary (Griffel renderer, SSR ids and FluentProvider. Theme tokens are not
 * passed here; they come from `/theme.css` keyed by `<html data-theme>` (see components/ThemeSwitch/themeCss.ts).
 */
import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  renderToStyleElements,
  SSRProvider,
  type PartialTheme,
} from '@fluentui/react-components';
import { useServerInsertedHTML } from 'next/navigation';
import { type ReactNode, useState } from 'react';

// An empty theme (not undefined) so FluentProvider does not warn; the variables are already on :root.
const TOKENS_FROM_CSS: PartialTheme = {};

export function Providers({ children }: { children: ReactNode }) {
  // One renderer per request on the server and one per page load in the browser.
  const [renderer] = useState(() => createDOMRenderer());

  useServerInsertedHTML(() => {
    const styles = renderToStyleElements(renderer);
    // Flushed rules are forgotten, or every streamed chunk would repeat all rules inserted so far.
    renderer.stylesheets = {};
    return <>{styles}</>;
  });

  return (
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <FluentProvider theme={TOKENS_FROM_CSS}>
          {children}
        </FluentProvider>
      </SSRProvider>
    </RendererProvider>
  );
}
