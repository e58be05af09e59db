/** diagnoseandsolve bodies (FORMAT.md §4.2): common problems and troubleshooting tools of a product. */
import { z } from 'zod';
import { text } from './fields';
import { keyTable } from './keys';

const problemFields = {
  id: z.string(),
  title: text,
  description: text,
  category: text,
  searchTags: text,
  supportTopicId: text,
  commonSolutionArticleId: text,
  symptomId: text,
};

export const SubProblemSchema = z.looseObject(problemFields);
export const CommonProblemSchema = z.looseObject({ ...problemFields, subProblems: z.array(SubProblemSchema).nullish() });

/** A portal blade to open: extension, blade and `{name, value}` parameters. */
export const BladeLinkSchema = z.looseObject({
  extensionName: text,
  bladeName: text,
  parameters: z.array(z.looseObject({ name: z.string(), value: z.unknown().optional() })).nullish(),
});

export const TroubleshootingToolSchema = z.looseObject({
  id: z.string(),
  title: text,
  description: text,
  category: text,
  searchTags: text,
  type: text,
  bladeLink: BladeLinkSchema.nullish(),
});

export const DiagnoseAndSolveSchema = z.looseObject({
  $schema: text,
  commonProblems: z.array(CommonProblemSchema).nullish(),
  troubleshootingTools: z.array(TroubleshootingToolSchema).nullish(),
});

export type CommonProblem = z.output<typeof CommonProblemSchema>;
export type TroubleshootingTool = z.output<typeof TroubleshootingToolSchema>;
export type DiagnoseAndSolve = z.output<typeof DiagnoseAndSolveSchema>;

export const DIAGNOSE_AND_SOLVE_KEYS = keyTable([
  ...Object.keys(DiagnoseAndSolveSchema.shape),
  ...Object.keys(CommonProblemSchema.shape),
  ...Object.keys(TroubleshootingToolSchema.shape),
  ...Object.keys(BladeLinkSchema.shape),
  'name',
  'value',
]);
