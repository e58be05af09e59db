import { describe, expect, it } from 'vitest';
import { detectIds, type IdLookup } from './ids';

const lookup: IdLookup = {
  articleId: (t) =>
    ({ 'keyvault-keyvaultfirewall': 'keyvault-keyvaultfirewall', needed: 'needed', 'general guidance or advisory': 'General guidance or Advisory' })[
      t.toLowerCase()
    ],
  supportTopicId: (t) =>
    t === '32596879' ? t : t.toLowerCase() === '052ad720-ca43-5a0c-181a-69060ef6fe93' ? '052ad720-ca43-5a0c-181a-69060ef6fe93' : undefined,
  productPesId: (t) => (t === '15657' ? t : undefined),
  service: (t) => (['microsoft.keyvault', 'keyvault'].includes(t.toLowerCase()) ? 'microsoft.keyvault' : undefined),
};

describe('detectIds', () => {
  it('finds a pasted articleId in any case and takes it out of the text', () => {
    expect(detectIds(['KeyVault-KeyVaultFirewall'], lookup)).toEqual({ articleIds: ['keyvault-keyvaultfirewall'], hints: [], text: [] });
  });

  it('turns topic and product ids into filter hints, GUIDs in either case', () => {
    expect(detectIds(['32596879', 'firewall'], lookup)).toEqual({ articleIds: [], hints: [{ kind: 'supportTopicId', value: '32596879' }], text: ['firewall'] });
    expect(detectIds(['052AD720-CA43-5A0C-181A-69060EF6FE93'], lookup).hints).toEqual([
      { kind: 'supportTopicId', value: '052ad720-ca43-5a0c-181a-69060ef6fe93' },
    ]);
    expect(detectIds(['15657'], lookup).hints).toEqual([{ kind: 'productPesId', value: '15657' }]);
  });

  it('hints a service name but keeps it as a word to search', () => {
    expect(detectIds(['Microsoft.KeyVault', 'firewall'], lookup)).toEqual({
      articleIds: [],
      hints: [{ kind: 'service', value: 'microsoft.keyvault' }],
      text: ['Microsoft.KeyVault', 'firewall'],
    });
    expect(detectIds(['keyvault'], lookup).hints).toEqual([{ kind: 'service', value: 'microsoft.keyvault' }]);
  });

  it('takes the whole query as an articleId with blanks, pasted without quotes', () => {
    expect(detectIds(['General', 'guidance', 'or', 'Advisory'], lookup)).toEqual({
      articleIds: ['General guidance or Advisory'],
      hints: [],
      text: ['General', 'guidance', 'or', 'Advisory'],
    });
  });

  it('takes the whole query as typed for an articleId, words it repeats included', () => {
    const repeats: IdLookup = { ...lookup, articleId: (t) => (t.toLowerCase() === 'disk full or disk missing' ? 'Disk full or disk missing' : undefined) };
    // parseQuery drops the repeated `disk` from the tokens; the whole query keeps it.
    expect(detectIds(['disk', 'full', 'or', 'missing'], repeats, 'disk full or disk missing').articleIds).toEqual(['Disk full or disk missing']);
    expect(detectIds(['disk', 'full', 'or', 'missing'], repeats).articleIds).toEqual([]);
  });

  it('takes a plain word for an articleId only when it is the whole query', () => {
    expect(detectIds(['needed'], lookup).articleIds).toEqual(['needed']);
    expect(detectIds(['help', 'needed'], lookup)).toEqual({ articleIds: [], hints: [], text: ['help', 'needed'] });
  });

  it('reads a token that is both a topic id and an articleId as the topic', () => {
    const both: IdLookup = { ...lookup, articleId: (t) => (t === '32596879' ? 'article-32596879' : undefined) };
    expect(detectIds(['32596879'], both)).toEqual({ articleIds: [], hints: [{ kind: 'supportTopicId', value: '32596879' }], text: [] });
  });

  it('leaves unknown numbers and words as text', () => {
    expect(detectIds(['99999999', 'disk'], lookup)).toEqual({ articleIds: [], hints: [], text: ['99999999', 'disk'] });
  });
});
