import { describe, expect, it } from 'vitest';
import { fold, queryTerm } from './analyze';
import { SearchIndex, titleMatch } from './engine';

const matched = (...ws: string[]) => new Set(ws.map((w) => queryTerm(w) ?? ''));

describe('titleMatch', () => {
  it('measures how much of the title the matched terms cover', () => {
    expect(titleMatch('Enrollment Options', matched('enrollment', 'options'), ['enrollment', 'options']).coverage).toBe(1);
    expect(titleMatch('Manage Devices - Enrollment options', matched('enrollment', 'options'), ['enrollment', 'options']).coverage).toBe(0.5);
  });

  it('measures how many query words the title holds, body-only matches not counted', () => {
    const m = titleMatch('NRP throttling', matched('nrp', 'throttling', 'issue'), ['nrp', 'throttling', 'issue']);
    expect(m.query).toBeCloseTo(2 / 3);
    expect(titleMatch('NRP Throttling Issue', matched('nrp', 'throttling', 'issue'), ['nrp', 'throttling', 'issue']).query).toBe(1);
  });

  it('counts words written in the title as typed, not only by stem', () => {
    const typed = ['scoping', 'questions', 'migrate'].map(fold);
    const terms = matched('scoping', 'questions', 'migrate');
    expect(titleMatch('Scoping questions for Migrate failures', terms, typed).exact).toBe(1);
    expect(titleMatch('Scoping questions for migration issues', terms, typed).exact).toBeCloseTo(2 / 3);
  });

  it('measures how many of the query word pairs the title holds in the order typed', () => {
    const typed = ['widget', 'cache', 'reset'];
    const terms = matched(...typed);
    expect(titleMatch('Widget cache reset fails', terms, typed).order).toBe(1);
    expect(titleMatch('Reset the widget cache', terms, typed).order).toBe(0.5);
    expect(titleMatch('Cache of a widget', terms, typed).order).toBe(0);
    // Words the title lacks are skipped; fewer than two in the title say nothing about order.
    expect(titleMatch('Widget reset', terms, typed).order).toBe(1);
    expect(titleMatch('Widget sizes', terms, typed).order).toBe(0);
    // The parts of a camel-cased word sit where the word is.
    expect(titleMatch('Reset WidgetCache', terms, typed).order).toBe(0.5);
  });

  it('is zero for an empty title or query', () => {
    expect(titleMatch('', matched('a'), ['vm'])).toEqual({ coverage: 0, query: 0, exact: 0, order: 0 });
    expect(titleMatch('VM', matched('vm'), [])).toEqual({ coverage: 0, query: 0, exact: 0, order: 0 });
  });
});

describe('SearchIndex ranking', () => {
  const doc = (id: string, title: string, body = '') => ({ id, title, headings: '', description: '', service: '', body });
  const search = (index: SearchIndex, q: string, titles: Record<string, string>) =>
    index
      .search(
        q.split(' ').map((word) => ({ word, term: queryTerm(word) ?? word })),
        { combineWith: 'OR', titleOf: (id) => titles[id] ?? '' },
      )
      .map((h) => h.id);

  it('puts the title holding every query word first, even against more body matches elsewhere', async () => {
    const titles = { short: 'NRP throttling', full: 'NRP Throttling Issue' };
    const index = await SearchIndex.build([doc('short', titles.short, 'issue issue issue throttling nrp issue'), doc('full', titles.full, 'See the limits.')]);
    expect(search(index, 'nrp throttling issue', titles)[0]).toBe('full');
  });

  it('puts the title with the query words in the order typed first, when the words alone tie', async () => {
    const titles = { reversed: 'Reset widget cache', typed: 'Widget cache reset' };
    const index = await SearchIndex.build([doc('reversed', titles.reversed), doc('typed', titles.typed)]);
    expect(search(index, 'widget cache reset', titles)).toEqual(['typed', 'reversed']);
    expect(search(index, 'reset widget cache', titles)).toEqual(['reversed', 'typed']);
  });

  it('finds a title by the letters after an apostrophe', async () => {
    const titles = { a: "We're sorry, your virtual machine isn't available", b: 'Virtual machine sizes' };
    const index = await SearchIndex.build([doc('a', titles.a), doc('b', titles.b)]);
    expect(search(index, 're virtual machine', titles)[0]).toBe('a');
  });
});
