import { describe, expect, it } from 'vitest';
import { caseNotes } from './caseNotes';
import { formatPath, nextCheck, parseProgress, progressHref } from './progress';

describe('progress in the URL', () => {
  const solutions = ['Sol-A', 'sol-b'];

  it('reads answers up to the last check and stops at a resolved one', () => {
    expect(parseProgress('nsn', undefined, 5, solutions).answers).toEqual(['not-resolved', 'skipped', 'not-resolved']);
    expect(parseProgress('nrn', undefined, 5, solutions).answers).toEqual(['not-resolved', 'resolved']);
    expect(parseProgress('nnnnnn', undefined, 2, solutions).answers).toHaveLength(2);
    expect(parseProgress('nx n', undefined, 5, solutions).answers).toEqual(['not-resolved']);
    expect(parseProgress(undefined, undefined, 5, solutions)).toEqual({ answers: [], outcome: null });
  });

  it('keeps only an outcome the guide offers, spelled as the guide spells it', () => {
    expect(parseProgress('', 'SOL-A', 3, solutions).outcome).toBe('Sol-A');
    expect(parseProgress('', 'elsewhere', 3, solutions).outcome).toBeNull();
  });

  it('says which check comes next', () => {
    expect(nextCheck({ answers: ['skipped'], outcome: null }, 3)).toBe(1);
    expect(nextCheck({ answers: ['resolved'], outcome: null }, 3)).toBeNull();
    expect(nextCheck({ answers: ['skipped', 'skipped'], outcome: null }, 2)).toBeNull();
  });

  it('builds URLs that parse back to the same state', () => {
    const state = { answers: parseProgress('nsr', undefined, 5, solutions).answers, outcome: 'sol-b' };
    expect(formatPath(state.answers)).toBe('nsr');
    const href = progressHref('/troubleshooters/g1', state, 'fairfax');
    expect(href).toBe('/troubleshooters/g1?cloud=fairfax&path=nsr&outcome=sol-b');
    const params = new URL(href, 'http://x').searchParams;
    expect(parseProgress(params.get('path') ?? '', params.get('outcome') ?? '', 5, solutions)).toEqual(state);
    expect(progressHref('/troubleshooters/g1', { answers: [], outcome: null }, null)).toBe('/troubleshooters/g1');
  });
});

describe('case notes', () => {
  const base = {
    guide: { title: 'Widget restarts', url: 'https://help.example/troubleshooters/g1' },
    cloud: 'Azure Government',
    service: 'microsoft.widgets',
    checks: ['Scope', 'Power', 'Logs', 'Firmware'].map((t, i) => ({ id: `c${i}`, title: t, url: `/articles/c${i}` })),
    solutions: [{ id: 's1', title: 'Replace the fuse', url: '/articles/s1' }],
    formAnswers: '',
  };

  it('names the guide, the cloud, each answered check with its answer, the form and the solution', () => {
    const text = caseNotes({
      ...base,
      progress: { answers: ['not-resolved', 'skipped', 'not-resolved'], outcome: 's1' },
      formAnswers: 'Widget model: W-100\n',
    });
    expect(text).toBe(
      [
        'Troubleshooting guide: Widget restarts',
        'Cloud: Azure Government',
        'Service: microsoft.widgets',
        'Guide: https://help.example/troubleshooters/g1',
        '',
        'Checks:',
        '1. Scope: Not resolved',
        '   /articles/c0',
        '2. Power: Skipped',
        '   /articles/c1',
        '3. Logs: Not resolved',
        '   /articles/c2',
        'Not reached: 1 check.',
        '',
        'Questions:',
        'Widget model: W-100',
        '',
        'Outcome: solution reached: Replace the fuse',
        '   /articles/s1',
      ].join('\n'),
    );
  });

  it('says when a check resolved it, and when nothing is answered yet', () => {
    expect(caseNotes({ ...base, progress: { answers: ['skipped', 'resolved'], outcome: null } })).toContain('Outcome: resolved at check 2: Power');
    const empty = caseNotes({ ...base, progress: { answers: [], outcome: null } });
    expect(empty).toContain('Checks: none answered yet.');
    expect(empty).toContain('Outcome: none reached yet.');
  });
});
