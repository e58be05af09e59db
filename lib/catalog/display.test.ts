import { describe, expect, it } from 'vitest';
import { cleanTitle, displayTitle, groupSameTitles, isIdLike, titleKey } from './display';

const sources = (title: string, h1: string | null = null, firstHeading: string | null = null) => ({
  title,
  h1,
  firstHeading,
  articleId: 'tsg-12',
  file: 'folder/solution-guest-nic.md',
});

describe('displayTitle', () => {
  it('keeps a worded pageTitle, cleaned of bold markers and control characters', () => {
    expect(displayTitle(sources('**Issue in SSIS Service**\r'))).toBe('Issue in SSIS Service');
    expect(cleanTitle('  My   VM\tis not booting ')).toBe('My VM is not booting');
  });

  it('never shows a GUID, a number or the id: falls back to the H1, the first heading, then the file name', () => {
    expect(displayTitle(sources('0f0e0d0c-0b0a-0908-0706-050403020100', 'Reset the gateway'))).toBe('Reset the gateway');
    expect(displayTitle(sources('', null, 'Check the NIC'))).toBe('Check the NIC');
    expect(displayTitle(sources('tsg-12', '{0F0E0D0C-0B0A-0908-0706-050403020100}'))).toBe('solution-guest-nic');
    expect(displayTitle(sources('12345'))).toBe('solution-guest-nic');
  });

  it('keeps a one-token title that is still a name when nothing better exists', () => {
    expect(displayTitle(sources('Hiveserver2', 'Hiveserver2'))).toBe('Hiveserver2');
    expect(displayTitle(sources('office365-other', 'Office 365 - other issues'))).toBe('Office 365 - other issues');
  });

  it('tells ids from words', () => {
    expect(['', '6f1c2c5e-1b2a-4c3d-9e8f-0a1b2c3d4e5f', '42', 'UserRule1', 'a_b'].every((t) => isIdLike(t))).toBe(true);
    expect(['VM boot error', 'Hiveserver', 'Key Vault'].some((t) => isIdLike(t))).toBe(false);
    expect(isIdLike('Needed', 'needed')).toBe(true);
  });
});

describe('groupSameTitles', () => {
  const item = (title: string, service: string, productPesIds: string[] = []) => ({
    title,
    meta: { service, productPesIds, supportTopicIds: ['1'], selfHelpType: 'generic' as const, availableIn: ['public' as const] },
  });

  it('groups results with the same words in the title, in first-seen order, saying what differs', () => {
    const groups = groupSameTitles([
      item('Availability Group Failure', 'microsoft.sql', ['1']),
      item('My VM is not booting', 'microsoft.compute'),
      item('availability group  failure', 'microsoft.sqlvirtualmachine', ['1']),
    ]);
    expect(groups).toEqual([
      { title: 'Availability Group Failure', members: [0, 2], differs: ['service'] },
      { title: 'My VM is not booting', members: [1], differs: [] },
    ]);
    expect(titleKey('Performance and Query Execution|Specific errors')).toBe(titleKey('performance and query execution/specific errors'));
  });
});
