import { describe, expect, it } from 'vitest';
import { matchReservedHeading } from './headings';

describe('matchReservedHeading', () => {
  it('accepts the two canonical spellings', () => {
    expect(matchReservedHeading('## **Recommended Steps**')).toEqual({ role: 'steps', canonical: true, depth: 2, reason: null, extra: null });
    expect(matchReservedHeading('## **Recommended Documents**  ')).toMatchObject({ role: 'documents', canonical: true });
  });

  it.each([
    ['## **Recommended steps**', 'steps', 2, 'lower-case `steps`'],
    ['## Recommended Steps', 'steps', 2, 'not bold'],
    ['### **Recommended Documents**', 'documents', 3, 'H3 instead of H2'],
    ['# recommended documents', 'documents', 1, 'H1 instead of H2; not bold; `recommended` not capitalised; lower-case `documents`'],
    ['#### **Recommended Steps:**', 'steps', 4, 'H4 instead of H2; trailing colon'],
    ['**Recommended Steps**', 'steps', 0, 'bold line without `#`'],
    ['**Recommended Documents:**', 'documents', 0, 'bold line without `#`; trailing colon'],
    ['**Recommended Documents**<br>', 'documents', 0, '`<br>` in the heading; bold line without `#`'],
    ['## **Recommended Step**', 'steps', 2, 'singular `Step`'],
    ['## **Recommended Document**', 'documents', 2, 'singular `Document`'],
    ['**Recommended Documentation**', 'documents', 0, 'bold line without `#`; `Documentation` instead of `Documents`'],
    ['## Reccommended Documents', 'documents', 2, 'not bold; misspelled `Reccommended`'],
    ['## **Recomended Steps**', 'steps', 2, 'misspelled `Recomended`'],
    ['## **Recommend Steps**', 'steps', 2, 'misspelled `Recommend`'],
    ['## **Recommmended Steps**', 'steps', 2, 'misspelled `Recommmended`'],
    ['##**Recommended steps**', 'steps', 2, 'no space after `#`; lower-case `steps`'],
    ['## **Recommended Documents** ##', 'documents', 2, 'closing `#`'],
    ['## **Recommended Steps**<br/>', 'steps', 2, '`<br>` in the heading'],
    ['  ## **Recommended Steps**', 'steps', 2, 'indented'],
    ['## Recommended Steps**', 'steps', 2, 'unbalanced `**`; not bold'],
    ['## **Recommended Steps for setup**', 'steps', 2, 'extra words `for setup`'],
    ['##  **Recommended Steps**', 'steps', 2, 'spacing differs'],
  ])('%s is a non-canonical %s heading', (line, role, depth, reason) => {
    expect(matchReservedHeading(line)).toMatchObject({ role, canonical: false, depth, reason });
  });

  it('keeps extra words apart', () => {
    expect(matchReservedHeading('# Recommended steps have enough information')?.extra).toBe('have enough information');
  });

  it.each([
    'Recommended Steps',
    '## Next Steps',
    '## Mitigation Steps',
    '## Recommended Action',
    '## Recommended Videos',
    '##### **Recommended Steps**',
    '## **Recommended Stepsister**',
    '**Recommended** steps',
  ])('%s is not a reserved heading', (line) => {
    expect(matchReservedHeading(line)).toBeNull();
  });
});
