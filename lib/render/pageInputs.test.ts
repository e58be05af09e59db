import { describe, expect, it } from 'vitest';
import { readArticle } from '../content/read';
import { hrefWith, keptParams, needsResource, pageTokens, tokenParam } from './pageInputs';

const props = (type: string) =>
  `<properties pageTitle="T" description="D" service="microsoft.widgets" selfHelpType="${type}" cloudEnvironments="public" articleId="x" />\n`;
const md = (body: string) => readArticle('x.md', `${props('generic')}# T\n\n${body}\n`);

describe('needsResource', () => {
  it('is true when a portal link needs the reader resource, in markdown, raw HTML or a JSON body', () => {
    expect(needsResource(md('Open [Networking](data-blade:Ext.NetBlade.id.$resourceId).'))).toBe(true);
    expect(needsResource(md('Open <a href="data-blade-uri:{$domain}/#@t/resource/{$resourceIdDecoded}/size">size</a>.'))).toBe(true);
    const json = readArticle(
      'd.md',
      `${props('diagnoseandsolve')}# T\n---\n{ "troubleshootingTools": [{ "id": "t", "bladeLink": { "extensionName": "E", "bladeName": "B", "parameters": [{ "name": "id", "value": "$resourceId" }] } }] }\n---\n`,
    );
    expect(needsResource(json)).toBe(true);
  });

  it('is false for links that need nothing of the reader', () => {
    expect(needsResource(md('Open [Health](data-blade:Microsoft_Azure_Health.AzureHealthBrowseBlade) or https://portal.azure.com/#home.'))).toBe(false);
    expect(needsResource(md('Use `$resourceId` in the script.'))).toBe(false);
  });
});

describe('form helpers', () => {
  it('pageTokens: one entry per folded name, placeholder without markup', () => {
    expect(
      pageTokens([
        { name: 'VM Name', placeholder: '**[VM Name]**' },
        { name: 'vm  name', placeholder: 'x' },
      ]),
    ).toEqual([{ name: 'VM Name', key: 'vm name', placeholder: 'VM Name' }]);
    expect(tokenParam('$ VM Name')).toBe('token.vm name');
  });

  it('keptParams and hrefWith: everything but the dropped names, repeated values kept, blanks left out', () => {
    const kept = keptParams({ cloud: 'fairfax', tag: ['a', 'b'], q: ' ', resourceId: '/subscriptions/x' }, (n) => n === 'resourceId');
    expect(kept).toEqual([
      ['cloud', 'fairfax'],
      ['tag', 'a'],
      ['tag', 'b'],
    ]);
    expect(hrefWith('/articles/kv', kept)).toBe('/articles/kv?cloud=fairfax&tag=a&tag=b');
    expect(hrefWith('/articles/kv', [])).toBe('/articles/kv');
  });
});
