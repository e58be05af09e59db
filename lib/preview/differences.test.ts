import { describe, expect, it } from 'vitest';
import { readArticle } from '../content/read';
import { cloudDifferences } from './differences';

const article = (clouds: string, body: string) =>
  readArticle(
    'test.md',
    `<properties\n  pageTitle="T"\n  description="D"\n  service="microsoft.keyvault"\n  selfHelpType="generic"\n  supportTopicIds="1"\n  cloudEnvironments="${clouds}"\n  articleId="a1"\n/>\n# T\n\n${body}`,
  );

describe('cloudDifferences', () => {
  it('lists availability for all six clouds', () => {
    const { availability } = cloudDifferences(article('public, mooncake', 'Text.'));
    expect(availability.filter((a) => a.available).map((a) => a.cloud)).toEqual(['public', 'mooncake']);
    expect(availability.find((a) => a.cloud === 'blackforest')).toMatchObject({ available: false, retired: true });
  });

  it('resolves blade, portal and docs links per cloud, skipping links that never change', () => {
    const { links } = cloudDifferences(
      article(
        'public',
        '## Intro\n\nOpen [the blade](data-blade:Ext.Blade.id.$resourceId), see https://github.com/x and [docs](https://docs.microsoft.com/en-us/azure/a).\n\n### Sub\n\n<a href="https://portal.azure.com/#home">portal</a>\n',
      ),
    );
    expect(links.map((l) => l.written)).toEqual([
      'data-blade:Ext.Blade.id.$resourceId',
      'https://docs.microsoft.com/en-us/azure/a',
      'https://portal.azure.com/#home',
    ]);
    const [blade, docs, portal] = links;
    expect(blade).toMatchObject({ text: 'the blade', line: 14, column: 6 });
    expect(blade?.hrefs.public).toBe('https://portal.azure.com/#blade/Ext/Blade/id/$resourceId');
    expect(blade?.hrefs.fairfax).toBe('https://portal.azure.us/#blade/Ext/Blade/id/$resourceId');
    expect(docs?.hrefs.mooncake).toBe('https://docs.azure.cn/a');
    expect(docs?.hrefs.fairfax).toBe('https://learn.microsoft.com/en-us/azure/a');
    expect(docs?.hrefs.usnat).toBe('https://docs.microsoft.com/en-us/azure/a');
    expect(portal?.hrefs.mooncake).toBe('https://portal.azure.cn/#home');
  });

  it('reports a link under a sub-heading once, and bare portal URLs too', () => {
    const { links } = cloudDifferences(article('public', '## A\n\n### B\n\nGo to https://portal.azure.com/#home.\n'));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ written: 'https://portal.azure.com/#home', column: 7 });
  });

  it('places a bare URL on its own line when the paragraph spans several', () => {
    const { links } = cloudDifferences(article('public', 'First line\nand https://portal.azure.com/#home here.\n'));
    expect(links[0]).toMatchObject({ line: 13, column: 5 });
  });

  it('has no links for a JSON-bodied article', () => {
    expect(cloudDifferences(article('public', '')).links).toEqual([]);
  });
});
