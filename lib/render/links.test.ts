import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CloudId } from '../clouds';
import { parseMarkdown } from '../content/markdown';
import { bareUrls } from './anchors';
import { bladeUrl, cloudUrl, resolveHref } from './links';
import type { PortalContext } from './portal';
import { renderMarkdown } from './render';

const RESOURCE = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1';
const ENCODED = encodeURIComponent(RESOURCE);

function html(markdown: string, cloud: CloudId = 'public', context: PortalContext = { resourceId: RESOURCE }): string {
  return renderToStaticMarkup(renderMarkdown(parseMarkdown(markdown).children, { cloud, context }));
}

const BLADE = '[Networking](data-blade:Microsoft_Azure_KeyVault.VaultNetworkingBlade.id.$resourceId)';

describe('blade links', () => {
  it.each<[CloudId, string]>([
    ['public', 'portal.azure.com'],
    ['fairfax', 'portal.azure.us'],
    ['mooncake', 'portal.azure.cn'],
    ['usnat', 'portal.azure.eaglex.ic.gov'],
  ])('point into the %s portal', (cloud, host) => {
    const out = html(BLADE, cloud);
    expect(out).toContain(`href="https://${host}/#blade/Microsoft_Azure_KeyVault/VaultNetworkingBlade/id/${ENCODED}"`);
    expect(out).toMatch(/title="Opens the VaultNetworkingBlade blade \(Microsoft_Azure_KeyVault\) in the [^"]+ portal"/);
    expect(out).toContain('target="_blank"');
    expect(out).toContain('rel="noopener noreferrer"');
  });

  it('renders the same article differently per cloud', () => {
    expect(html(BLADE, 'public')).not.toBe(html(BLADE, 'fairfax'));
  });

  it('handles blades without parameters, two parameter pairs and raw <a href>', () => {
    expect(bladeUrl('data-blade:HubsExtension.BrowseAll', 'public')?.url).toBe('https://portal.azure.com/#blade/HubsExtension/BrowseAll');
    expect(bladeUrl('data-blade:Ext.Blade.a.1.b.2', 'fairfax')?.url).toBe('https://portal.azure.us/#blade/Ext/Blade/a/1/b/2');
    expect(html('<a href="data-blade:Ext.Blade">go</a>', 'mooncake')).toContain('href="https://portal.azure.cn/#blade/Ext/Blade"');
  });

  it('shows a link that needs a resource as text pointing to the resource form when there is none', () => {
    const out = html(BLADE, 'public', {});
    expect(out).not.toContain('portal.azure.com');
    expect(out).toContain('<span class="portal-link-unresolved"');
    expect(out).toContain('>Networking<');
    expect(out).toContain('<span class="portal-link-note"> (<a href="#resource-form">add your resource to open this in the portal</a>)</span>');
  });

  it('drops a malformed blade link but keeps its text', () => {
    const out = html('[broken](data-blade:)');
    expect(out).not.toContain('href');
    expect(out).toContain('broken');
  });
});

describe('external and cloud links', () => {
  it('open in a new tab with noopener noreferrer', () => {
    const out = html('[docs](https://docs.microsoft.com/azure/key-vault/)');
    expect(out).toContain('href="https://learn.microsoft.com/azure/key-vault/"');
    expect(out).toContain('target="_blank"');
    expect(out).toContain('rel="noopener noreferrer"');
  });

  it('leave in-page anchors and mailto alone, normalising mailTo:', () => {
    const out = html('[top](#top) [mail](mailTo:help@contoso.test)');
    expect(out).toContain('<a href="#top">top</a>');
    expect(out).toContain('<a href="mailto:help@contoso.test">mail</a>');
  });

  it('move portal and docs hosts to the cloud', () => {
    expect(cloudUrl('https://portal.azure.com/#home', 'fairfax')).toBe('https://portal.azure.us/#home');
    expect(cloudUrl('https://docs.microsoft.com/en-us/azure/storage/', 'mooncake')).toBe('https://docs.azure.cn/storage/');
    expect(cloudUrl('https://docs.microsoft.com/en-us/azure/storage/', 'fairfax')).toBe('https://learn.microsoft.com/en-us/azure/storage/');
    expect(cloudUrl('https://github.com/x', 'mooncake')).toBe('https://github.com/x');
  });

  it('turn bare URLs into links, without trailing punctuation, but not inside code', () => {
    const out = html('See https://aka.ms/kv-firewall. Or (https://example.test/a_(b)). `https://in.code/x`');
    expect(out).toContain('<a href="https://aka.ms/kv-firewall" target="_blank" rel="noopener noreferrer">https://aka.ms/kv-firewall</a>.');
    expect(out).toContain('href="https://example.test/a_(b)"');
    expect(out).toContain('<code>https://in.code/x</code>');
  });
});

describe('resolveHref (links outside HTML, e.g. Recommended Documents)', () => {
  it('applies the same allow-list and cloud rules', () => {
    expect(resolveHref('javascript:alert(1)', 'public')).toBeNull();
    expect(resolveHref('DATA:text/html,x', 'public')).toBeNull();
    expect(resolveHref('', 'public')).toBeNull();
    expect(resolveHref('https://portal.azure.com/#home', 'mooncake')).toEqual({ href: 'https://portal.azure.cn/#home', external: true });
    expect(resolveHref('data-blade:Ext.Blade', 'fairfax')).toMatchObject({ href: 'https://portal.azure.us/#blade/Ext/Blade', external: true, blade: 'Blade' });
    // Unresolved: the address keeps its placeholder (tools compare it per cloud) and says what is missing.
    expect(resolveHref('data-blade:Ext.Blade.id.$resourceId', 'fairfax')).toMatchObject({
      href: 'https://portal.azure.us/#blade/Ext/Blade/id/$resourceId',
      missing: ['resourceId'],
    });
    expect(resolveHref('#anchor', 'public')).toEqual({ href: '#anchor', external: false });
    expect(resolveHref('mailTo:a@b.test', 'public')).toEqual({ href: 'mailto:a@b.test', external: false });
  });
});

describe('bareUrls (the one bare-URL rule, shared by the renderer and the preview)', () => {
  it('keeps balanced brackets and drops trailing punctuation', () => {
    const found = [...bareUrls('See https://example.com/wiki/Foo_(bar). Or (https://example.com/a), then https://example.com/b.')];
    expect(found.map((f) => f.url)).toEqual(['https://example.com/wiki/Foo_(bar)', 'https://example.com/a', 'https://example.com/b']);
    expect(found[0]?.index).toBe(4);
  });
});
