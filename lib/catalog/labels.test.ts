import { describe, expect, it } from 'vitest';
import { validateJson } from '../content/json';
import { keyedValue } from '../content/json/keys';
import { readJson } from '../content/json/parse';
import { describedNames, shortName } from './labels';

/** A support topic description body: an H1, then the JSON. */
function body(json: unknown): string {
  return `# Contoso Widgets\n\n${JSON.stringify(json, null, 2)}\n`;
}

/** What the names were when they were read through the body's schema: the reference describedNames must agree with. */
function schemaNames(text: string) {
  const { data } = validateJson('supportTopicDescription', readJson(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)).value);
  if (!data) return { topics: [], product: null };
  const topics: Array<[string, string]> = [];
  for (const t of data.supportTopics ?? []) {
    const name = shortName(t.shortDescription);
    if (t.id && name) topics.push([t.id.trim().toLowerCase(), name]);
  }
  return { topics, product: shortName(data.shortDescription) };
}

describe('describedNames', () => {
  it('names the topics and the product, ids trimmed and folded', () => {
    const text = body({
      shortDescription: 'Contoso Widgets is a managed widget service.',
      supportTopics: [
        { id: ' 0A1B-Widget ', shortDescription: 'Widget sign-in. Users cannot sign in.' },
        { id: '32500001', shortDescription: 'Billing questions' },
      ],
    });
    expect(describedNames(text)).toEqual({
      topics: [
        ['0a1b-widget', 'Widget sign-in'],
        ['32500001', 'Billing questions'],
      ],
      product: 'Contoso Widgets',
    });
  });

  it('matches keys in any case, as the schema reader does', () => {
    const text = body({ ShortDescription: 'Fabrikam Queues', SupportTopics: [{ ID: '7', ShortDescription: 'Queue limits' }] });
    expect(describedNames(text)).toEqual({ topics: [['7', 'Queue limits']], product: 'Fabrikam Queues' });
    expect(describedNames(text)).toEqual(schemaNames(text));
  });

  it('skips the topics the schema would drop, and keeps the rest', () => {
    const text = body({
      shortDescription: 42,
      supportTopics: [
        { id: 7, shortDescription: 'A numeric id' },
        { shortDescription: 'No id' },
        { id: '8', shortDescription: null },
        { id: '9', shortDescription: ['not', 'text'] },
        { id: '', shortDescription: 'Blank id' },
        'not an object',
        { id: '10', shortDescription: 'Kept' },
      ],
    });
    expect(describedNames(text)).toEqual({ topics: [['10', 'Kept']], product: null });
    expect(describedNames(text)).toEqual(schemaNames(text));
  });

  it('reads nothing from a body without a JSON object', () => {
    const none = { topics: [], product: null };
    expect(describedNames('# Title\n\nNo JSON here.')).toEqual(none);
    expect(describedNames(body({ $schema: 'SupportTopicDescription' }))).toEqual(none);
    expect(describedNames('# Title\n\n{ not json at all }')).toEqual(none);
    expect(describedNames(body({ supportTopics: { id: '1', shortDescription: 'Not a list' } }))).toEqual(none);
  });
});

describe('keyedValue', () => {
  it('prefers the key as spelled, else the last key spelled in another case', () => {
    expect(keyedValue({ id: 'a', ID: 'b' }, 'id')).toBe('a');
    expect(keyedValue({ Id: 'a', ID: 'b' }, 'id')).toBe('b');
    expect(keyedValue({ other: 1 }, 'id')).toBeUndefined();
  });
});
