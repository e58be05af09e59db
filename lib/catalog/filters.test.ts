import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT, filtersToSearchParams, MAX_LIMIT, MAX_VALUES, parseFilters } from './filters';

const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe('parseFilters', () => {
  it('defaults to the first page of 50 with no filters', () => {
    expect(parse('')).toEqual({ filters: { limit: DEFAULT_LIMIT, offset: 0 }, errors: [] });
  });

  it('reads every filter and folds cloud and type case', () => {
    const { filters, errors } = parse(
      'cloud=FairFax&type=TSG_Content&supportTopicId=32630001&productPesId=16454&service=Microsoft.Compute&q=%20disk%20%20full%20&limit=20&offset=40',
    );
    expect(errors).toEqual([]);
    expect(filters).toEqual({
      cloud: 'fairfax',
      type: ['tsg_content'],
      supportTopicId: ['32630001'],
      productPesId: ['16454'],
      service: ['Microsoft.Compute'],
      q: 'disk full',
      limit: 20,
      offset: 40,
    });
  });

  it('accepts a record of search params as Next passes to pages, using the first of repeated values', () => {
    const { filters } = parseFilters({ cloud: ['mooncake', 'public'], q: undefined });
    expect(filters.cloud).toBe('mooncake');
    expect(filters.q).toBeUndefined();
  });

  it('reports an unknown cloud and type by parameter name and leaves them out', () => {
    const { filters, errors } = parse('cloud=moon%20cake&type=howto');
    expect(filters.cloud).toBeUndefined();
    expect(filters.type).toBeUndefined();
    expect(errors.map((e) => e.param)).toEqual(['cloud', 'type']);
    expect(errors[0]?.message).toBe('Unknown cloud `moon cake`, expected one of `public`, `fairfax`, `mooncake`, `blackforest`, `usnat`, `ussec`');
  });

  it('treats an unknown but well-formed topic id as a filter, not an error', () => {
    expect(parse('supportTopicId=99999999')).toEqual({ filters: { supportTopicId: ['99999999'], limit: 50, offset: 0 }, errors: [] });
  });

  it('rejects a comma list in one value: several values are repeated parameters', () => {
    expect(parse('supportTopicId=1,2').errors).toEqual([
      { param: 'supportTopicId', message: 'Expected one `supportTopicId` per parameter (repeat it for several), found the list `1,2`' },
    ]);
  });

  it('reads repeated facet parameters as several values (OR within the facet), dropping repeats and empties', () => {
    const { filters, errors } = parse(
      'supportTopicId=32630001&supportTopicId=32630002&supportTopicId=32630001&productPesId=1&productPesId=&service=Microsoft.Compute&service=microsoft.compute&type=rca&type=Generic',
    );
    expect(errors).toEqual([]);
    expect(filters.supportTopicId).toEqual(['32630001', '32630002']);
    expect(filters.productPesId).toEqual(['1']);
    expect(filters.service).toEqual(['Microsoft.Compute']);
    expect(filters.type).toEqual(['rca', 'generic']);
  });

  it('keeps the good values of a facet and reports the bad ones by parameter', () => {
    const { filters, errors } = parse('type=rca&type=wizard');
    expect(filters.type).toEqual(['rca']);
    expect(errors).toEqual([{ param: 'type', message: expect.stringContaining('Unknown type `wizard`') }]);
  });

  it('reads several values from a record too (as Next passes page params), and cloud stays one value', () => {
    const { filters } = parseFilters({ supportTopicId: ['1', '2'], cloud: ['fairfax', 'public'] });
    expect(filters.supportTopicId).toEqual(['1', '2']);
    expect(filters.cloud).toBe('fairfax');
  });

  it('reads the sort order case-insensitively and rejects others by name', () => {
    expect(parse('sort=DisplayOrder').filters.sort).toBe('displayOrder');
    expect(parse('sort=title').filters.sort).toBe('title');
    expect(parse('sort=relevance').filters.sort).toBe('relevance');
    expect(parse('sort=newest').errors).toEqual([{ param: 'sort', message: 'Unknown sort `newest`, expected one of `relevance`, `title`, `displayOrder`' }]);
  });

  it(`rejects more than ${MAX_VALUES} values of one facet`, () => {
    const query = Array.from({ length: MAX_VALUES + 1 }, (_, i) => `supportTopicId=${i}`).join('&');
    expect(parse(query).errors.map((e) => e.param)).toEqual(['supportTopicId']);
  });

  it('treats empty values as absent (forms submit unselected fields)', () => {
    expect(parse('cloud=&type=&q=%20&limit=').errors).toEqual([]);
  });

  it.each(['0', '-1', '1.5', 'ten', String(MAX_LIMIT + 1)])('rejects limit=%s', (value) => {
    const { filters, errors } = parse(`limit=${value}`);
    expect(filters.limit).toBe(DEFAULT_LIMIT);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.param).toBe('limit');
  });

  it('accepts the limit bounds', () => {
    expect(parse('limit=1').filters.limit).toBe(1);
    expect(parse(`limit=${MAX_LIMIT}`).filters.limit).toBe(MAX_LIMIT);
  });

  it.each(['-1', '2.0', 'x'])('rejects offset=%s', (value) => {
    expect(parse(`offset=${value}`).errors.map((e) => e.param)).toEqual(['offset']);
  });

  it('rejects over-long text', () => {
    expect(parse(`q=${'a'.repeat(201)}`).errors.map((e) => e.param)).toEqual(['q']);
  });
});

describe('filtersToSearchParams', () => {
  it('round-trips through parseFilters, leaving defaults out', () => {
    const filters = { cloud: 'usnat' as const, q: 'vm restart', limit: 10, offset: 20 };
    const params = filtersToSearchParams(filters);
    expect(params.toString()).toBe('cloud=usnat&q=vm+restart&limit=10&offset=20');
    expect(parseFilters(params).filters).toEqual(filters);
    expect(filtersToSearchParams({ limit: DEFAULT_LIMIT, offset: 0 }).toString()).toBe('');
  });

  it('repeats facet values and keeps the sort', () => {
    const filters = { supportTopicId: ['1', '2'], type: ['rca' as const], sort: 'title' as const, limit: 50, offset: 0 };
    const params = filtersToSearchParams(filters);
    expect(params.toString()).toBe('supportTopicId=1&supportTopicId=2&type=rca&sort=title');
    expect(parseFilters(params).filters).toEqual(filters);
  });
});
