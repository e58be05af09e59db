/** Every authoring rule, in the order they run. Add a rule: one file here, one line below, one entry in docs/rules.md. */
import type { LintRule } from '../types';
import { rule as akaMsLink } from './aka-ms-link';
import { rule as articleLinkMissing } from './article-link-missing';
import { rule as cloudEnabledAndDisabled } from './cloud-enabled-and-disabled';
import { rule as cloudRetired } from './cloud-retired';
import { rule as docsLinkLocale } from './docs-link-locale';
import { rule as duplicateArticleId } from './duplicate-article-id';
import { rule as emptyLink } from './empty-link';
import { rule as httpLink } from './http-link';
import { rule as imageAltMissing } from './image-alt-missing';
import { rule as issueDescriptionMarkup } from './issue-description-markup';
import { rule as linkSchemeTypo } from './link-scheme-typo';
import { rule as listTooDeep } from './list-too-deep';
import { rule as nearGuid } from './near-guid';
import { rule as nearLink } from './near-link';
import { rule as noAlerts } from './no-alerts';
import { rule as noTables } from './no-tables';
import { rule as productIdShape } from './product-id-shape';
import { rule as reviewLink } from './review-link';
import { rule as sectionEmpty } from './section-empty';
import { rule as sectionsOrder } from './sections-order';
import { rule as supportTopicIdShape } from './support-topic-id-shape';
import { rule as visibilityRuleMalformed } from './visibility-rule-malformed';

export const RULES: readonly LintRule[] = [
  // properties
  cloudEnabledAndDisabled,
  cloudRetired,
  duplicateArticleId,
  supportTopicIdShape,
  productIdShape,
  nearGuid,
  // layout
  sectionsOrder,
  sectionEmpty,
  listTooDeep,
  noTables,
  noAlerts,
  // links
  docsLinkLocale,
  akaMsLink,
  reviewLink,
  httpLink,
  linkSchemeTypo,
  emptyLink,
  nearLink,
  articleLinkMissing,
  imageAltMissing,
  // diagnostics content
  issueDescriptionMarkup,
  // JSON bodies
  visibilityRuleMalformed,
];
