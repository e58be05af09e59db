import { describe, expect, it } from 'vitest';
import { readArticleMeta } from '../content/meta';
import { buildGuides } from './group';
import { filterGuides, guideServices, parseGuideQuery } from './list';

// Two guides written for this test: one in public + fairfax (one step public-only), one in mooncake.
const meta = (file: string, type: string, title: string, service: string, clouds: string) =>
  readArticleMeta(
    file,
    `<properties pageTitle="${title}" selfHelpType="${type}" service="${service}" resource="r" cloudEnvironments="${clouds}" articleId="${file}" />\n# ${title}\n`,
  );
const { guides } = buildGuides([
  meta('a/summary.md', 'TSG_Description', 'Widget restarts', 'Contoso.Widgets', 'public, fairfax'),
  meta('a/content-one-1.md', 'TSG_Content', 'One', 'Contoso.Widgets', 'public, fairfax'),
  meta('a/content-two-2.md', 'TSG_Content', 'Two', 'Contoso.Widgets', 'public'),
  meta('b/summary.md', 'TSG_Description', 'Gadget sign-in', 'contoso.gadgets', 'mooncake'),
]);

describe('the troubleshooter list query', () => {
  it('reads cloud names as content does and notes unknown ones', () => {
    expect(parseGuideQuery({ cloud: 'FairFax', service: ' contoso.widgets ', q: 'restarts' })).toEqual({
      query: { cloud: 'fairfax', service: 'contoso.widgets', q: 'restarts' },
      notes: [],
    });
    expect(parseGuideQuery({ cloud: 'mars', q: '' })).toEqual({ query: {}, notes: [{ param: 'cloud', message: 'Unknown cloud `mars`; showing every cloud' }] });
  });

  it('filters by cloud (narrowing the steps), service and words of the title or service', () => {
    expect(filterGuides(guides, {}).map((g) => g.title)).toEqual(['Gadget sign-in', 'Widget restarts']);
    const fairfax = filterGuides(guides, { cloud: 'fairfax' });
    expect(fairfax.map((g) => [g.title, g.checks.length])).toEqual([['Widget restarts', 1]]);
    expect(filterGuides(guides, { service: 'CONTOSO.GADGETS' }).map((g) => g.title)).toEqual(['Gadget sign-in']);
    expect(filterGuides(guides, { q: 'gadgets sign' }).map((g) => g.title)).toEqual(['Gadget sign-in']);
    expect(filterGuides(guides, { q: 'widget nothing' })).toEqual([]);
  });

  it('lists services with their guide counts', () => {
    expect(guideServices(guides)).toEqual([
      { value: 'contoso.gadgets', count: 1 },
      { value: 'Contoso.Widgets', count: 1 },
    ]);
  });
});
