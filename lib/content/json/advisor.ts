/** advisorRecommendationMetadata bodies (FORMAT.md §4.2): one Azure Advisor recommendation's metadata. */
import { z } from 'zod';
import { markdownText, text } from './fields';
import { keyTable } from './keys';

/** What a recommendation's button does: open a blade, a document, or a context blade. */
export const AdvisorActionSchema = z.looseObject({
  actionId: text,
  description: text,
  actionType: text,
  extensionName: text,
  bladeName: text,
  link: text,
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

export const AdvisorRecommendationSchema = z.looseObject({
  $schema: text,
  recommendationTypeId: z.string(),
  dataSourceMetadata: z.record(z.string(), z.unknown()).nullish(),
  recommendationCategory: text,
  recommendationImpact: text,
  recommendationResourceType: text,
  recommendationFriendlyName: text,
  recommendationMetadataState: text,
  recommendationOfferingId: text,
  recommendationOfferingName: text,
  owner: z.record(z.string(), z.unknown()).nullish(),
  /** A JSON number in real content (`1`, `1.0`, … `8.1`); kept as written. */
  version: z.union([z.number(), z.string()]).nullish(),
  displayLabel: text,
  description: text,
  /** Markdown. */
  longDescription: markdownText,
  potentialBenefits: text,
  tip: text,
  learnMoreLink: text,
  actions: z.array(AdvisorActionSchema).nullish(),
  resourceMetadata: z.record(z.string(), z.unknown()).nullish(),
  additionalColumns: z.array(z.unknown()).nullish(),
  portalFeatures: z.array(z.unknown()).nullish(),
  ingestionClientIdentities: z.array(z.unknown()).nullish(),
  recommendationTimeToLive: z.union([z.number(), z.string()]).nullish(),
  costSavingInfo: z.unknown().optional(),
  supportedSDKLanguages: z.unknown().optional(),
  testData: z.unknown().optional(),
});

export type AdvisorAction = z.output<typeof AdvisorActionSchema>;
export type AdvisorRecommendation = z.output<typeof AdvisorRecommendationSchema>;

export const ADVISOR_KEYS = keyTable([...Object.keys(AdvisorRecommendationSchema.shape), ...Object.keys(AdvisorActionSchema.shape)]);
