import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../content/read';
import { apolloCard, describeDuration } from './apollo';
import { layoutBody } from './layout';
import { renderMarkdown } from './render';
import { toolsOf } from './tools';

const props = (type: string) => `<properties pageTitle="T" selfHelpType="${type}" articleId="a1" cloudEnvironments="public" />\n`;

const RCA = `${props('rca')}# Internal

## **VM Availability**
<!--issueDescription-->
Your VM **<!--$vmname-->Virtual machine<!--/$vmname-->** restarted at <!--$StartTime--> StartTime <!--/$StartTime-->.
<!--/issueDescription-->

<!--rcaDescription-->
### **Root Cause**
> The host failed.

<!--resolutionDetails-->
### **Resolution**
> The VM was moved.
<!--/resolutionDetails-->
<!--/rcaDescription-->

## **Recommended Documents**

* [Maintenance](https://docs.microsoft.com/azure/virtual-machines/maintenance-and-updates)

<!--salutation-->
Thank you.
<!--/salutation-->
`;

const APOLLO = `${props('apollo')}# Internal

## My disk is full

Intro text.

:::Section Diagnose:::

### Check usage

<insight>
<symptomId>DiskInsight</symptomId>
<executionText>Reading metrics</executionText>
</insight>

Text between.
    <metric>
    <name>Disk Write Bytes</name>
    <timeSpanDuration>PT1H</timeSpanDuration>
    </metric>

:::Section Resolve:::

<videoGroup>
<video><src>https://www.youtube.com/watch?v=a</src><title>First</title></video>
<video><src>https://www.youtube.com/watch?v=b</src><title>Second</title></video>
</videoGroup>

<azureKB><client>portal</client></azureKB>
`;

describe('layoutBody', () => {
  it('puts the issueDescription in an insight under its H2, and RCA regions in labelled blocks', () => {
    const { body } = readArticle('rca.md', RCA);
    const [group, ...more] = layoutBody(body);
    expect(more).toEqual([]);
    const kinds = group?.blocks.map((b) => (b.kind === 'region' ? `region:${b.label}` : b.kind));
    expect(kinds).toEqual(['insight', 'region:Root cause', 'region:Resolution', 'chunks', 'region:Closing note']);
    const insight = group?.blocks[0];
    expect(insight?.kind === 'insight' && insight.title?.heading).toBe('VM Availability');
  });

  it('groups Apollo content by :::Section markers, which vanish from the content', () => {
    const { body } = readArticle('apollo.md', APOLLO);
    const groups = layoutBody(body);
    expect(groups.map((g) => g.title)).toEqual([null, 'Diagnose', 'Resolve']);
    const nodes = groups.flatMap((g) => g.blocks.flatMap((b) => b.chunks.flatMap((c) => c.nodes)));
    expect(JSON.stringify(nodes)).not.toContain(':::Section');
    expect(groups[1]?.blocks[0]).toMatchObject({ kind: 'chunks', chunks: [{ section: { heading: 'Check usage' } }] });
  });

  it('finds a marker that continues a paragraph after a <br> line', () => {
    const md = `${props('apollo')}# I\n\n## Title\n\nSome text.\n<br>\n:::Section Next::: \n\nMore.\n`;
    const groups = layoutBody(readArticle('a.md', md).body);
    expect(groups.map((g) => g.title)).toEqual([null, 'Next']);
    const text = JSON.stringify(groups.map((g) => g.blocks.flatMap((b) => b.chunks.flatMap((c) => c.nodes))));
    expect(text).toContain('Some text.');
    expect(text).not.toContain(':::Section');
  });

  it('keeps a plain article as one group of section chunks', () => {
    const { body } = readArticle('g.md', `${props('generic')}# T\n\nIntro.\n\n## **Recommended Steps**\n\n* One\n`);
    const groups = layoutBody(body);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.blocks).toMatchObject([{ kind: 'chunks', chunks: [{ section: null }, { section: { role: 'steps' } }] }]);
  });
});

describe('rendering rich markdown', () => {
  const html = (markdown: string, tokenValues = {}) => {
    const { body } = readArticle('x.md', markdown);
    const nodes = [...body.intro, ...body.sections.flatMap((s) => s.nodes)];
    return renderToStaticMarkup(
      renderMarkdown(nodes, { cloud: 'public', tokens: body.tokens, tokenValues, apolloElements: body.apolloElements, renderApollo: (e) => `[card:${e.tag}]` }),
    );
  };

  it('shows token placeholders by default and values when given, case-insensitively', () => {
    expect(html(RCA)).toMatch(/<mark class="token"[^>]*>Virtual machine<\/mark>/);
    const out = html(RCA, { vmname: 'web01', starttime: '2024-05-01 10:00' });
    expect(out).toContain('<strong><mark class="token token-filled" title="vmname">web01</mark></strong>');
    expect(out).toContain('>2024-05-01 10:00</mark>');
    expect(out).not.toContain('Virtual machine');
    expect(out).not.toContain('<!--');
  });

  it('escapes token values', () => {
    expect(html(RCA, { vmname: '<img src=x onerror=alert(1)>' })).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('reads a line that starts with a token as a paragraph, markdown and all', () => {
    const md = `${props('servicehealthinsights')}# T\n\n<!--$EventStatus-->Active<!--/$EventStatus--> since **<!--$startTime-->[startTime]<!--/$startTime-->**\n`;
    const out = html(md, { eventstatus: 'Resolved' });
    expect(out).toMatch(
      /^<p><mark class="token token-filled" title="EventStatus">Resolved<\/mark> since <strong><mark class="token"[^>]*>\[startTime\]<\/mark><\/strong><\/p>$/,
    );
  });

  it('replaces every Apollo block, indented or inline, by its card, keeping the text around it', () => {
    const out = html(APOLLO);
    for (const tag of ['insight', 'metric', 'videoGroup', 'azureKB']) expect(out).toContain(`[card:${tag}]`);
    expect(out).toContain('Text between.');
    expect(out).not.toMatch(/&lt;|symptomId|<pre/);
  });
});

describe('apolloCard', () => {
  const { body } = readArticle('apollo.md', APOLLO);
  const cards = body.apolloElements.map(apolloCard);
  it('names each block and says what the portal shows, with its parameters', () => {
    expect(cards.map((c) => c.label)).toEqual(['Diagnostic insight', 'Metric chart', 'Videos', 'Results from the web']);
    expect(cards[0]?.description).toBe('The portal runs a diagnostic on your resource here and shows what it finds.');
    expect(cards[0]?.fields).toContainEqual({ name: 'Diagnostic (symptom ID)', value: 'DiskInsight' });
    expect(cards[0]?.fields).toContainEqual({ name: 'While it runs', value: 'Reading metrics' });
    expect(cards[1]?.description).toBe('The portal charts Disk Write Bytes for your resource over the last 1 hour.');
    expect(cards[2]?.videos).toEqual([
      { title: 'First', src: 'https://www.youtube.com/watch?v=a' },
      { title: 'Second', src: 'https://www.youtube.com/watch?v=b' },
    ]);
  });

  it('reads ISO-8601 durations', () => {
    expect(describeDuration('P7D')).toBe('7 days');
    expect(describeDuration('PT1H30M')).toBe('1 hour 30 minutes');
    expect(describeDuration('1h')).toBe('1h');
  });
});

describe('toolsOf', () => {
  it('pairs each tool link with its description line', () => {
    const md = `${props('tools')}# tools\n\n[Reset password](data-blade:Ext.ResetBlade.id.$resourceId)<br>\nSet a new password.<br>\n[Redeploy](data-blade:Ext.RedeployBlade.id.$resourceId)<br>\nMove the VM.<br>\n`;
    const { tools, rest } = toolsOf(readArticle('t.md', md).body);
    expect(tools.map(({ name, url, description }) => ({ name, url, description }))).toEqual([
      { name: 'Reset password', url: 'data-blade:Ext.ResetBlade.id.$resourceId', description: 'Set a new password.' },
      { name: 'Redeploy', url: 'data-blade:Ext.RedeployBlade.id.$resourceId', description: 'Move the VM.' },
    ]);
    expect(rest).toEqual([]);
  });
});
