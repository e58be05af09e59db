import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, parseFrameAncestors } from './headers';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  it('allows scripts by nonce only in production: no unsafe-inline, no unsafe-eval', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc123', frameAncestors: ["'self'"] });
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'self'");
  });

  it("adds 'unsafe-eval' in development only (React's dev stacks)", () => {
    expect(directive(contentSecurityPolicy({ nonce: 'n', frameAncestors: ["'self'"], dev: true }), 'script-src')).toContain("'unsafe-eval'");
  });
});

describe('parseFrameAncestors', () => {
  it("defaults to 'self'", () => {
    expect(parseFrameAncestors(undefined)).toEqual({ sources: ["'self'"], errors: [] });
    expect(parseFrameAncestors('  ')).toEqual({ sources: ["'self'"], errors: [] });
  });

  it('takes hosts separated by spaces or commas', () => {
    expect(parseFrameAncestors("'self' https://portal.azure.com, https://*.portal.azure.us").sources).toEqual([
      "'self'",
      'https://portal.azure.com',
      'https://*.portal.azure.us',
    ]);
  });

  it('reports and drops what is not a source, so no directive can be injected', () => {
    const { sources, errors } = parseFrameAncestors("https://ok.example; script-src 'unsafe-inline'");
    expect(sources.join(' ')).not.toContain(';');
    expect(sources).not.toContain("'unsafe-inline'");
    expect(errors.length).toBeGreaterThan(0);
  });

  it("reports 'none' combined with other sources", () => {
    expect(parseFrameAncestors("'none' https://a.example").errors).toHaveLength(1);
  });
});
