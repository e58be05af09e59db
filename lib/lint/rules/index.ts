/** Every authoring rule, in the order they run. Add a rule: one file here, one line below, one entry in docs/rules.md. */
import type { LintRule } from '../types';
import { rule as duplicateArticleId } from './duplicate-article-id';

export const RULES: readonly LintRule[] = [duplicateArticleId];
