import { describe, expect, it } from 'vitest';
import { fillHeadingTokens, fillTokensInCode, fillTokenText, tokenKey, tokenValue, tokenValuesFromJson, tokenValuesFromSearchParams } from './tokens';

describe('tokenKey and tokenValue', () => {
  it('fold case, blanks and the dollar sign', () => {
    expect(tokenKey('$ Scenario')).toBe('scenario');
    expect(tokenKey('List of  Public IPs')).toBe('list of public ips');
    expect(tokenValue({ starttime: '10:00' }, 'StartTime')).toBe('10:00');
    expect(tokenValue({ starttime: '10:00' }, 'endTime')).toBeUndefined();
    expect(tokenValue(undefined, 'x')).toBeUndefined();
  });

  it('do not read inherited properties', () => {
    expect(tokenValue({}, 'constructor')).toBeUndefined();
  });
});

describe('tokenValuesFromSearchParams', () => {
  it('reads token.<name> params, names case-insensitively, first value wins', () => {
    expect(tokenValuesFromSearchParams({ 'token.vmname': 'web01', 'Token.StartTime': ['a', 'b'], cloud: 'public' })).toEqual({
      vmname: 'web01',
      starttime: 'a',
    });
    expect(tokenValuesFromSearchParams(new URLSearchParams('token.VMName=web01&token.vmname=web02'))).toEqual({ vmname: 'web01' });
  });

  it('takes a blank value (an empty form field) as no value', () => {
    expect(tokenValuesFromSearchParams(new URLSearchParams('token.vmname=&token.region=%20%20&token.rg=prod'))).toEqual({ rg: 'prod' });
  });

  it('ignores empty names and caps long values', () => {
    const out = tokenValuesFromSearchParams({ 'token.': 'x', 'token.long': 'y'.repeat(2000) });
    expect(Object.keys(out)).toEqual(['long']);
    expect(out.long).toHaveLength(500);
  });
});

describe('tokenValuesFromJson', () => {
  it('reads a flat object, stringifying numbers and booleans, skipping null', () => {
    expect(tokenValuesFromJson('{"vmname": "web01", "Count": 3, "ok": true, "none": null}')).toEqual({
      values: { vmname: 'web01', count: '3', ok: 'true' },
      error: null,
    });
  });

  it('reads nested objects by dotted name, and bare leaf names when unambiguous', () => {
    const { values } = tokenValuesFromJson('{"match": {"Reason": "quota"}, "a": {"id": 1}, "b": {"id": 2}, "vm": {"name": "web01"}, "name": "top"}');
    expect(values['match.reason']).toBe('quota');
    expect(values.reason).toBe('quota');
    expect(values.id).toBeUndefined(); // two leaves named id: ambiguous
    expect(values.name).toBe('top'); // a top-level name beats a nested leaf
  });

  it('reads a list of name/value pairs', () => {
    expect(tokenValuesFromJson('[{"name": "vmname", "value": "web01"}, {"key": "$StartTime", "value": "now"}]')).toEqual({
      values: { vmname: 'web01', starttime: 'now' },
      error: null,
    });
  });

  it('reports invalid JSON and wrong shapes without throwing', () => {
    expect(tokenValuesFromJson('{vmname: 1}').error).toMatch(/not valid JSON/);
    expect(tokenValuesFromJson('"web01"').error).toMatch(/Expected a JSON object/);
    expect(tokenValuesFromJson('[1, 2]').error).toMatch(/list of/);
    expect(tokenValuesFromJson('   ')).toEqual({ values: {}, error: null });
  });
});

describe('fillTokenText', () => {
  const text = 'VM <!--$vmname-->[vmname]<!--/$vmname--> at <!--$StartTime--> StartTime <!--/$starttime--> <!-- note -->';
  it('uses values, else placeholders, and drops other comments', () => {
    expect(fillTokenText(text)).toBe('VM [vmname] at StartTime');
    expect(fillTokenText(text, { vmname: 'web01', starttime: '10:00' })).toBe('VM web01 at 10:00');
  });
});

describe('fillTokensInCode', () => {
  it('fills tokens in code and keeps other comments and whitespace', () => {
    const code = 'az show --name "<!--$Name-->[Name]<!--/$Name-->"\n  <!-- html sample -->';
    expect(fillTokensInCode(code)).toBe('az show --name "[Name]"\n  <!-- html sample -->');
    expect(fillTokensInCode(code, { name: 'kv1' })).toBe('az show --name "kv1"\n  <!-- html sample -->');
  });
});

describe('fillHeadingTokens', () => {
  const tokens = [
    { name: 'vmname', placeholder: '[vmname]', line: 4 },
    { name: 'other', placeholder: '[vmname]', line: 9 },
  ];
  it('swaps the placeholders of tokens on the heading line for their values', () => {
    expect(fillHeadingTokens('VM [vmname] restarted', 4, tokens, { vmname: 'web01', other: 'x' })).toBe('VM web01 restarted');
    expect(fillHeadingTokens('VM [vmname] restarted', 4, tokens, {})).toBe('VM [vmname] restarted');
    expect(fillHeadingTokens('VM <!--$vmname-->[vmname]<!--/$vmname--> restarted', 4, tokens, { vmname: 'web01' })).toBe('VM web01 restarted');
    expect(fillHeadingTokens('VM <!--$vmname-->[vmname]<!--/$vmname--> restarted', 4, tokens)).toBe('VM [vmname] restarted');
  });
});
