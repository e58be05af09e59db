import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ApolloElement } from '@/lib/content/model';
import { ApolloCard } from './ApolloCard';

const insight: ApolloElement = {
  tag: 'insight',
  fields: { symptomId: ['WidgetRestartInsight'], additionalInputsReq: ['false'], executionText: ['Reading the widget log'] },
  closed: true,
  line: 1,
  column: 1,
  offset: 0,
  endOffset: 10,
};

describe('ApolloCard', () => {
  const html = renderToStaticMarkup(<ApolloCard element={insight} cloud="public" />);

  it('tells customers what the portal shows, without internal ids', () => {
    const [customer] = html.split('<details');
    expect(customer).toContain('The portal runs a diagnostic on your resource here and shows what it finds.');
    expect(customer).not.toContain('WidgetRestartInsight');
    expect(customer).not.toContain('Needs more input');
  });

  it('keeps every parameter in a closed disclosure for engineers', () => {
    expect(html).toMatch(/<details class="[^"]*"><summary class="[^"]*">Details for engineers<\/summary><dl/);
    expect(html).not.toMatch(/<details[^>]* open/);
    const engineers = html.slice(html.indexOf('<details'));
    for (const text of ['Diagnostic (symptom ID)', 'WidgetRestartInsight', 'Needs more input', 'false', 'While it runs', 'Reading the widget log'])
      expect(engineers).toContain(text);
  });
});
