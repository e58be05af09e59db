import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT, filtersToSearchParams, MAX_LIMIT, parseFilters } from './filters';

const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe('parseFilters', () => {
  it('defaults to the first page of 50 with no filters', () => {
    expect(parse('')).toEqual({ filters: { limit: DEFAULT_LIMIT, offset: 0 }, errors: [] });
  });

  it('reads every filter and folds cloud and type case', () => {
    const { filters, errors } = parse('cloud=FairFax&type=TSG_Content&supportTopicId=32630001&productPesId=16454&service=Microsoft.Compute&q=%20disk%20%20full%20&limit=20&offset=40');
    expect(errors).toEqual([]);
    expect(filters).toEqual({
      cloud: 'fairfax',
      type: 'tsg_content',
      supportTopicId: '32630001',
      productPesId: '16454',
      service: 'Microsoft.Compute',
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
    expect(parse('supportTopicId=99999999')).toEqual({ filters: { supportTopicId: '99999999', limit: 50, offset: 0 }, errors: [] });
  });

  it('rejects a list where one id is expected', () => {
    expect(parse('supportTopicId=1,2').errors).toEqual([{ param: 'supportTopicId', message: 'Expected one `supportTopicId`, found the list `1,2`' }]);
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
});
