/**
 * The token and resource forms submit plain GETs: what a browser sends is every named input of the form, in order
 * (hidden fields, then the visible ones with what the reader typed). These tests build that address from the
 * rendered markup, as a browser would, and check the page it leads to.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ResourceForm } from '../ResourceForm/ResourceForm';
import { TokenForm } from './TokenForm';

const SUB = '00000000-0000-0000-0000-0000000000aa';
const VM = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/web01`;

/** The address a GET submission of the first form in `html` yields, with `typed` as the visible fields' values. */
function submit(html: string, typed: Record<string, string> = {}): string {
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/.exec(html);
  if (!form || !/\bmethod="get"/.test(form[1] ?? '')) throw new Error('no GET form');
  const action = /\baction="([^"]*)"/.exec(form[1] ?? '')?.[1] ?? '';
  const params = new URLSearchParams();
  for (const input of form[2]?.matchAll(/<input\b([^>]*)>/g) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(input[1] ?? '')?.[1];
    const name = attr('name');
    if (!name) continue;
    const value = attr('type') === 'hidden' ? attr('value') : (typed[name] ?? attr('value') ?? '');
    params.append(name, (value ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
  }
  return `${action}?${params.toString()}`;
}

const tokens = [
  { name: 'vmname', placeholder: '[vmname]' },
  { name: 'StartTime', placeholder: '**[StartTime]**' },
  { name: 'VMName', placeholder: '[VMName]' },
];

describe('TokenForm', () => {
  it('one labelled field per token name, filled from the address', () => {
    const html = renderToStaticMarkup(<TokenForm tokens={tokens} searchParams={{ 'token.vmname': 'web01' }} action="/articles/kv" />);
    expect(html.match(/<label/g)).toHaveLength(2);
    expect(html).toContain('>Vmname</label>');
    expect(html).toContain('>Start time</label>');
    expect(html).toMatch(/name="token.vmname" value="web01"/);
    expect(html).toMatch(/placeholder="StartTime"[^>]*name="token.starttime" value=""/);
  });

  it('submits the typed values and keeps cloud, file, resource and other tokens', () => {
    const sp = { cloud: 'mooncake', file: 'a/b.md', resourceId: VM, 'Token.VMName': 'old', 'token.region': 'westus' };
    const html = renderToStaticMarkup(<TokenForm tokens={tokens} searchParams={sp} action="/articles/kv" />);
    const href = submit(html, { 'token.vmname': 'web02', 'token.starttime': '10:00' });
    const got = new URL(href, 'http://x');
    expect(got.pathname).toBe('/articles/kv');
    expect([...got.searchParams]).toEqual([
      ['cloud', 'mooncake'],
      ['file', 'a/b.md'],
      ['resourceId', VM],
      ['token.region', 'westus'],
      ['token.vmname', 'web02'],
      ['token.starttime', '10:00'],
    ]);
  });

  it('renders nothing for an article without tokens', () => {
    expect(renderToStaticMarkup(<TokenForm tokens={[]} searchParams={{}} action="/articles/kv" />)).toBe('');
  });
});

describe('ResourceForm', () => {
  it('submits the resource ID, keeping the rest but not an old subscription', () => {
    const html = renderToStaticMarkup(<ResourceForm searchParams={{ cloud: 'fairfax', subscriptionId: SUB, 'token.vmname': 'web01' }} action="/articles/kv" />);
    expect(html).toContain('id="resource-form"');
    expect(submit(html, { resourceId: VM })).toBe(`/articles/kv?cloud=fairfax&token.vmname=web01&resourceId=${encodeURIComponent(VM)}`);
    expect(html).not.toContain('Forget this resource');
  });

  it('shows the resource in use with a way to forget it, and says when a value is not a resource ID', () => {
    const used = renderToStaticMarkup(<ResourceForm searchParams={{ cloud: 'fairfax', resourceId: VM }} action="/articles/kv" />);
    expect(used).toContain(`value="${VM}"`);
    expect(used).toContain('href="/articles/kv?cloud=fairfax">Forget this resource</a>');
    const bad = renderToStaticMarkup(<ResourceForm searchParams={{ resourceId: 'my-vm' }} action="/articles/kv" />);
    expect(bad).toContain('aria-invalid="true"');
    expect(bad).toContain('This is not a resource ID');
  });
});
