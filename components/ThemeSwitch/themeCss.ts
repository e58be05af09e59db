/**
 * The three Fluent themes as CSS custom properties on `<html>`, keyed by `data-theme`. Applying tokens with
 * CSS instead of FluentProvider's `theme` prop lets "system" follow prefers-color-scheme and forced-colors
 * in the browser itself: no client JS is needed to pick a theme, and server and client markup never differ.
 */
import { type Theme, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

function declarations(theme: Theme, base?: Theme): string {
  return (
    Object.entries(theme)
      // Only tokens that differ from the light base are repeated (colors, mostly), which keeps the tag small.
      .filter(([name, value]) => !base || base[name as keyof Theme] !== value)
      .map(([name, value]) => `--${name}:${String(value)};`)
      .join('')
  );
}

const light = declarations(webLightTheme);
const dark = declarations(webDarkTheme, webLightTheme);
const highContrast = declarations(teamsHighContrastTheme, webLightTheme);

/** The theme stylesheet, computed once per server process. */
export const THEME_CSS = [
  `:root{${light}color-scheme:light}`,
  `:root[data-theme="dark"]{${dark}color-scheme:dark}`,
  `:root[data-theme="high-contrast"]{${highContrast}color-scheme:dark}`,
  `@media (prefers-color-scheme: dark){:root[data-theme="system"]{${dark}color-scheme:dark}}`,
  // Listed last so that with both queries true (Windows high contrast in dark mode) high contrast wins.
  `@media (forced-colors: active){:root[data-theme="system"]{${highContrast}}}`,
].join('\n');
