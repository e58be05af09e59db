/** SupportTopicDescription bodies (FORMAT.md §4.2): a product's support topics and links. */
import { z } from 'zod';
import { optionalStringBoolean, text } from './fields';
import { keyTable } from './keys';

export const SupportTopicSchema = z.looseObject({
  id: z.string(),
  shortDescription: text,
  longDescription: text,
  searchTags: text,
  category: text,
  /** Written as a string (`"true"`, `"FALSE"`, `""`) or null; read as boolean, null when not said. */
  useInDiagnoseAndSolve: optionalStringBoolean,
});

export const SupportTopicDescriptionSchema = z.looseObject({
  $schema: text,
  shortDescription: text,
  longDescription: text,
  supportTopics: z.array(SupportTopicSchema).nullish(),
  productLink1: text,
  productLinkName1: text,
  productLink2: text,
  productLinkName2: text,
  productLink3: text,
  productLinkName3: text,
});

export type SupportTopic = z.output<typeof SupportTopicSchema>;
export type SupportTopicDescription = z.output<typeof SupportTopicDescriptionSchema>;

export const SUPPORT_TOPIC_KEYS = keyTable([...Object.keys(SupportTopicDescriptionSchema.shape), ...Object.keys(SupportTopicSchema.shape)]);
