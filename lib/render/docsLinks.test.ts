/**
 * Docs link rules per cloud, on the link shapes the content uses (examples written for these tests): global docs
 * links with and without a locale, in mixed case, with query and fragment, Azure service paths, Azure DevOps and
 * non-Azure families (PowerShell, .NET, SQL Server, REST, CLI), links already on the China site.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CloudId } from '../clouds';
import { parseMarkdown } from '../content/markdown';
import { cloudLink } from './links';
import { renderMarkdown } from './render';

const STORAGE = 'https://docs.microsoft.com/en-us/azure/storage/common/storage-network-security?tabs=azure-portal#grant-access';

describe('mooncake: /{locale}/azure/<path> moves to docs.azure.cn/<path>', () => {
  it.each([
    [STORAGE, 'https://docs.azure.cn/storage/common/storage-network-security?tabs=azure-portal#grant-access'],
    [
      'https://docs.microsoft.com/azure/virtual-machines/windows/troubleshoot-rdp-connection',
      'https://docs.azure.cn/virtual-machines/windows/troubleshoot-rdp-connection',
    ],
    [
      'https://docs.microsoft.com/en-US/Azure/active-directory/hybrid/how-to-connect-sync-whatis',
      'https://docs.azure.cn/active-directory/hybrid/how-to-connect-sync-whatis',
    ],
    ['https://learn.microsoft.com/zh-cn/azure/aks/', 'https://docs.azure.cn/aks/'],
    ['https://docs.microsoft.com/en-us/azure/', 'https://docs.azure.cn/'],
    ['https://docs.microsoft.com/en-us/azure', 'https://docs.azure.cn/'],
  ])('%s', (written, expected) => {
    expect(cloudLink(written, 'mooncake')).toEqual({ href: expected });
  });

  it.each([
    'https://docs.microsoft.com/en-us/azure/devops/pipelines/agents/agents',
    'https://docs.microsoft.com/en-us/powershell/module/az.compute/get-azvm',
    'https://docs.microsoft.com/dotnet/api/system.net.http.httpclient',
    'https://docs.microsoft.com/en-us/sql/relational-databases/errors-events/mssqlserver-18456-database-engine-error',
    'https://docs.microsoft.com/en-us/rest/api/storageservices/',
    'https://docs.microsoft.com/en-us/cli/azure/vm',
    'https://docs.microsoft.com/en-us/azure-stack/operator/azure-stack-overview',
    'https://docs.microsoft.com/en-us/',
  ])('leaves %s as written, with a note', (written) => {
    const link = cloudLink(written, 'mooncake');
    expect(link.href).toBe(written);
    expect(link.cloudNote).toMatch(/^On the global docs site: this page may not exist in Azure operated by 21Vianet$/);
  });

  it('mends links written for the China site in the global shape (`docs.azure.cn/azure/…`)', () => {
    expect(cloudLink('https://docs.azure.cn/azure/cosmos-db/understand-your-bill#azure-free-tier', 'mooncake')).toEqual({
      href: 'https://docs.azure.cn/cosmos-db/understand-your-bill#azure-free-tier',
    });
    expect(cloudLink('https://docs.azure.cn/zh-cn/azure/key-vault/general/client-libraries', 'mooncake')).toEqual({
      href: 'https://docs.azure.cn/key-vault/general/client-libraries',
    });
  });

  it('never touches other links already on the China site, or other hosts', () => {
    for (const href of [
      'https://docs.azure.cn/storage/common/storage-redundancy',
      'https://docs.azure.cn/zh-cn/hdinsight/',
      'https://review.docs.microsoft.com/en-us/azure/storage/',
      'https://azure.microsoft.com/en-us/support/',
    ]) {
      expect(cloudLink(href, 'mooncake')).toEqual({ href });
    }
  });
});

describe('the global site: docs.microsoft.com becomes learn.microsoft.com, path and locale kept', () => {
  it.each<CloudId>(['public', 'fairfax', 'blackforest'])('%s', (cloud) => {
    expect(cloudLink(STORAGE, cloud)).toEqual({ href: STORAGE.replace('docs.microsoft.com', 'learn.microsoft.com') });
    expect(cloudLink('https://docs.microsoft.com/en-us/azure/devops/pipelines/', cloud)).toEqual({
      href: 'https://learn.microsoft.com/en-us/azure/devops/pipelines/',
    });
    expect(cloudLink('https://docs.microsoft.com/powershell/module/az.compute/', cloud)).toEqual({
      href: 'https://learn.microsoft.com/powershell/module/az.compute/',
    });
    expect(cloudLink('https://learn.microsoft.com/en-us/azure/aks/', cloud)).toEqual({ href: 'https://learn.microsoft.com/en-us/azure/aks/' });
  });
});

describe('air-gapped clouds (no known docs host): unchanged, no note', () => {
  it.each<CloudId>(['usnat', 'ussec'])('%s', (cloud) => {
    expect(cloudLink(STORAGE, cloud)).toEqual({ href: STORAGE });
    expect(cloudLink('https://docs.microsoft.com/en-us/powershell/', cloud)).toEqual({ href: 'https://docs.microsoft.com/en-us/powershell/' });
  });
});

describe('rendered', () => {
  const html = (markdown: string, cloud: CloudId) => renderToStaticMarkup(renderMarkdown(parseMarkdown(markdown).children, { cloud }));

  it('a mooncake page links the China site and marks a global-only page', () => {
    const out = html(
      '[Storage](https://docs.microsoft.com/en-us/azure/storage/) and [PowerShell](https://docs.microsoft.com/en-us/powershell/azure/)',
      'mooncake',
    );
    expect(out).toContain('href="https://docs.azure.cn/storage/"');
    expect(out).toContain(
      'href="https://docs.microsoft.com/en-us/powershell/azure/" title="On the global docs site: this page may not exist in Azure operated by 21Vianet"',
    );
    expect(out).toContain('PowerShell<span class="link-cloud-note"> (global docs site)</span></a>');
    expect(out).not.toContain('docs.azure.cn/azure/');
  });

  it('bare URLs follow the same rule', () => {
    expect(html('See https://docs.microsoft.com/azure/key-vault/general/overview.', 'mooncake')).toContain(
      'href="https://docs.azure.cn/key-vault/general/overview"',
    );
    expect(html('See https://docs.microsoft.com/azure/key-vault/general/overview.', 'public')).toContain(
      'href="https://learn.microsoft.com/azure/key-vault/general/overview"',
    );
  });
});
