import { describe, expect, it } from 'vitest';
import { parseVisibility, readVisibility, visibilityDependencies } from './visibility';

function parsed(src: string) {
  const r = parseVisibility(src);
  if (!r.ok) throw new Error(`expected ${src} to parse: ${r.error}`);
  return r.expr;
}

describe('parseVisibility', () => {
  it('reads a comparison, with or without spaces around the operator', () => {
    expect(parsed('a == b')).toEqual({ type: 'compare', id: 'a', op: '==', value: 'b', at: 0 });
    expect(parsed('hasErrorData==no')).toEqual({ type: 'compare', id: 'hasErrorData', op: '==', value: 'no', at: 0 });
    expect(parsed('x!=y')).toEqual({ type: 'compare', id: 'x', op: '!=', value: 'y', at: 0 });
  });

  it('keeps spaces, commas, hyphens and the words and/or inside unquoted values', () => {
    expect(parsed('environment_type == Azure Web App or App Service')).toMatchObject({ value: 'Azure Web App or App Service' });
    expect(parsed('topology == On-premise, connected to this VNET with VPN Gateway')).toMatchObject({
      value: 'On-premise, connected to this VNET with VPN Gateway',
    });
    expect(parsed('kind == Sales and marketing')).toMatchObject({ value: 'Sales and marketing' });
  });

  it('ends a value at && or || even without spaces', () => {
    expect(parsed('q == provider-quota&& p != MS-Quantum')).toEqual({
      type: 'and',
      left: { type: 'compare', id: 'q', op: '==', value: 'provider-quota', at: 0 },
      right: { type: 'compare', id: 'p', op: '!=', value: 'MS-Quantum', at: 22 },
    });
  });

  it('gives && precedence over || and honours parentheses', () => {
    expect(parsed('a == 1 || b == 2 && c == 3')).toMatchObject({ type: 'or', right: { type: 'and' } });
    expect(parsed('(a == 1 || b == 2) && c == 3')).toMatchObject({ type: 'and', left: { type: 'or' } });
    expect(parsed('a == Some value && (b != x || c == y)')).toMatchObject({
      type: 'and',
      left: { value: 'Some value' },
      right: { type: 'or', left: { id: 'b', value: 'x' }, right: { id: 'c', value: 'y' } },
    });
  });

  it('keeps balanced parentheses inside a value', () => {
    expect(parsed('os == Windows (64-bit) && a == b')).toMatchObject({ left: { value: 'Windows (64-bit)' } });
    expect(parsed('(os == Windows (64-bit))')).toMatchObject({ value: 'Windows (64-bit)' });
  });

  it('strips optional quotes and reads null as "no answer"', () => {
    expect(parsed("a == 'x y'")).toMatchObject({ value: 'x y' });
    expect(parsed('a == "x"')).toMatchObject({ value: 'x' });
    expect(parsed('reservationOrderId != null')).toMatchObject({ op: '!=', value: '' });
  });

  it('reads constants and empty rules as always visible or hidden', () => {
    for (const src of [null, undefined, '', '  ', 'null', 'true', true])
      expect(parseVisibility(src)).toEqual({ ok: true, expr: { type: 'const', value: true } });
    expect(parseVisibility(false)).toEqual({ ok: true, expr: { type: 'const', value: false } });
    expect(parseVisibility('false')).toEqual({ ok: true, expr: { type: 'const', value: false } });
  });

  it.each([
    ['a', /Expected `==` or `!=` after `a`/],
    ['a == b &&', /Unexpected end/],
    ['&& a == b', /Unexpected `&&`/],
    ['(a == b', /Expected `\)`/],
    ['a == b)', /Unexpected `\)`/],
    ['a == b c == d', /another comparison/],
    ['a = b', /Unexpected `=`/],
    ['a == b || || c == d', /Unexpected `\|\|`/],
  ])('reports the malformed rule %j with a column', (src, message) => {
    const r = parseVisibility(src);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(message);
      expect(r.column).toBeGreaterThan(0);
    }
  });

  it('keeps a malformed rule with its reason and shows the question', () => {
    expect(readVisibility('a ==== b')).toMatchObject({ source: 'a ==== b', expr: { type: 'const', value: true }, error: { column: 5 }, issues: [] });
    expect(readVisibility('a == b')).toMatchObject({ expr: { type: 'compare', id: 'a' }, error: null });
  });

  it('lists the ids a rule depends on, once each', () => {
    expect(visibilityDependencies(parsed('a == 1 && (b == 2 || a == 3)'))).toEqual(['a', 'b']);
  });
});
