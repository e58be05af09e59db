import { describe, expect, test } from 'vitest';
import { hasRequired, metaFields, missingRequired } from './fields';
import { SELF_HELP_TYPES } from './model';
import { articleMetaSchema, requiredBySelfHelpType } from './schema';

// Inputs as collectInput makes them: canonical names → trimmed strings; empty values and odd spellings included.
const INPUTS: Record<string, string>[] = [
  { articleId: 'a' },
  { articleId: 'a', pageTitle: 'Title', description: 'Desc', selfHelpType: 'Generic', cloudEnvironments: 'Public, MoonCake,public', disableClouds: 'mooncake' },
  { articleId: 'b', supportTopicIds: '1, 2,\n2, 3', productPesIds: ' 15 ,16', resourceTags: 'x,,y', articleTags: 'a', clientIds: 'c1, c2' },
  { articleId: 'c', service: '', resource: 'vm', displayOrder: '-12', resourceRequired: 'TRUE', 'ms.author': 'me', authors: '' },
  { articleId: 'd', displayOrder: '', resourceRequired: '', ownershipId: 'o', infoBubbleText: 'i', diagnosticScenario: 's', schemaVersion: '1' },
  { articleId: 'e', symptomId: 's', icmTeam: 't', icmService: 'svc', feedbackEmail: 'f@x', category: 'cat', productFamilyId: 'p', resourceRequired: 'false' },
  { articleId: 'f', cloudEnvironments: 'nowhere, fairfax', selfHelpType: 'nonsense', pageTitle: '' },
];

describe('metaFields', () => {
  test.each(INPUTS)('equals the schema on %j, key order included', (input) => {
    const fast = metaFields(input);
    const zod = articleMetaSchema.parse(input);
    expect(fast).toEqual(zod);
    expect(Object.keys(fast ?? {})).toEqual(Object.keys(zod));
  });

  test.each([{ articleId: '' }, { articleId: 'a', displayOrder: '1.5' }, { articleId: 'a', resourceRequired: 'yes' }])(
    'declines what the schema rejects: %j',
    (input) => {
      expect(articleMetaSchema.safeParse(input).success).toBe(false);
      expect(metaFields(input)).toBeNull();
    },
  );
});

describe('hasRequired', () => {
  const full = {
    articleId: 'a',
    selfHelpType: 'x',
    cloudEnvironments: 'public',
    pageTitle: 't',
    description: 'd',
    service: 's',
    resource: 'r',
    authors: 'a',
    infoBubbleText: 'i',
    diagnosticScenario: 'd',
    ownershipId: 'o',
    articleTags: 't',
    'ms.author': 'm',
    schemaVersion: '1',
    productPesIds: '1',
    icmTeam: 't',
    icmService: 's',
    feedbackEmail: 'f',
    resourceRequired: 'true',
  };
  test.each(SELF_HELP_TYPES)('agrees with the presence schema for %s', (type) => {
    const schema = requiredBySelfHelpType.get(type);
    for (const input of [full, { ...full, description: ' ' }, { ...full, pageTitle: '' }, { articleId: 'a' }, ...INPUTS]) {
      expect(hasRequired(type, input)).toBe(schema?.safeParse(input).success ?? true);
    }
  });

  test.each(SELF_HELP_TYPES)("missingRequired gives the presence schema's issues for %s, in its order", (type) => {
    const schema = requiredBySelfHelpType.get(type);
    for (const input of [full, { ...full, description: ' ' }, { ...full, pageTitle: '', ownershipId: '\u00a0' }, { articleId: 'a' }, ...INPUTS]) {
      const parsed = schema?.safeParse(input);
      const issues = parsed && !parsed.success ? parsed.error.issues.map((i) => ({ name: String(i.path[0]), message: i.message })) : [];
      expect(missingRequired(type, input)).toEqual(issues);
    }
  });
});
