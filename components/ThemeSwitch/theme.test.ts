import { describe, expect, it } from 'vitest';
import { parseThemePreference, returnPath } from './theme';

describe('theme', () => {
  it('accepts the four preferences and folds anything else to system', () => {
    expect(parseThemePreference('dark')).toBe('dark');
    expect(parseThemePreference('purple')).toBe('system');
    expect(parseThemePreference(null)).toBe('system');
  });

  it('returns to the page on this host, never elsewhere', () => {
    expect(returnPath('https://help.example/articles/x?cloud=fairfax', 'help.example')).toBe('/articles/x?cloud=fairfax');
    expect(returnPath('https://evil.example/phish', 'help.example')).toBe('/');
    expect(returnPath('not a url', 'help.example')).toBe('/');
    expect(returnPath(null, 'help.example')).toBe('/');
  });
});
