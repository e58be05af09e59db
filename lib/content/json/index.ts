/**
 * Typed JSON bodies: picks the schema for a kind, normalises key spellings, validates leniently and keeps
 * as much typed data as possible. A zod issue never loses the whole body: the offending value (or, when a
 * required value is missing, the object holding it) is dropped and validation runs again.
 */
import type { z } from 'zod';
import { ADVISOR_KEYS, type AdvisorRecommendation, AdvisorRecommendationSchema } from './advisor';
import { DIAGNOSE_AND_SOLVE_KEYS, type DiagnoseAndSolve, DiagnoseAndSolveSchema } from './diagnoseAndSolve';
import { isRecord, type JsonPath, type KeyRename, normaliseKeys } from './keys';
import { PROBLEM_SCOPING_KEYS, type ProblemScopingForm, ProblemScopingSchema, type TsgQuestions } from './problemScoping';
import { SUPPORT_TOPIC_KEYS, type SupportTopicDescription, SupportTopicDescriptionSchema } from './supportTopic';

/**
 * The body of a JSON-bodied type, discriminated by `kind`. `data` is the schema-typed value (invalid parts
 * dropped and reported), null when nothing usable could be read; `raw` is the JSON as parsed.
 */
export type JsonBody = {
  [K in JsonKind]: {
    kind: K;
    data: JsonKinds[K] | null;
    raw: unknown;
    /** Line of the opening `---`. */
    line: number;
  };
}[JsonKind];

export type { AdvisorAction, AdvisorRecommendation } from './advisor';
export type { CommonProblem, DiagnoseAndSolve, TroubleshootingTool } from './diagnoseAndSolve';
export type { MarkdownField } from './fields';
export type { JsonPath, KeyRename } from './keys';
export type { ControlType, FormElement, FormOption, ProblemScopingForm, TsgQuestions } from './problemScoping';
export { CONTROL_TYPES } from './problemScoping';
export type { SupportTopic, SupportTopicDescription } from './supportTopic';
export type { VisibilityExpr, VisibilityIssue, VisibilityRule } from './visibility';

/** Typed data per JSON body kind. */
export interface JsonKinds {
  problemScoping: ProblemScopingForm;
  tsgQuestions: TsgQuestions;
  advisor: AdvisorRecommendation;
  supportTopicDescription: SupportTopicDescription;
  diagnoseAndSolve: DiagnoseAndSolve;
}
export type JsonKind = keyof JsonKinds;

interface KindSpec<T> {
  schema: z.ZodType<T>;
  keys: Map<string, string>;
}

const SPECS: { [K in JsonKind]: KindSpec<JsonKinds[K]> } = {
  problemScoping: { schema: ProblemScopingSchema, keys: PROBLEM_SCOPING_KEYS },
  tsgQuestions: { schema: ProblemScopingSchema, keys: PROBLEM_SCOPING_KEYS },
  advisor: { schema: AdvisorRecommendationSchema, keys: ADVISOR_KEYS },
  supportTopicDescription: { schema: SupportTopicDescriptionSchema, keys: SUPPORT_TOPIC_KEYS },
  diagnoseAndSolve: { schema: DiagnoseAndSolveSchema, keys: DIAGNOSE_AND_SOLVE_KEYS },
};

/** Key spellings (folded → schema) of a kind, for locating paths in the source. */
export function keysOf(kind: JsonKind): Map<string, string> {
  return SPECS[kind].keys;
}

export interface SchemaIssue {
  path: JsonPath;
  message: string;
}

export interface JsonValidation<K extends JsonKind> {
  data: JsonKinds[K] | null;
  issues: SchemaIssue[];
  renames: KeyRename[];
}

// Each repair drops one value and validates again; real files need at most a few, so this only bounds junk.
const MAX_REPAIRS = 32;

/** Validates parsed JSON against the schema of `kind`; never throws. */
export function validateJson<K extends JsonKind>(kind: K, value: unknown): JsonValidation<K> {
  const spec: KindSpec<JsonKinds[K]> = SPECS[kind];
  const renames: KeyRename[] = [];
  const current = normaliseKeys(value, spec.keys, renames);
  const issues: SchemaIssue[] = [];
  for (let round = 0; round <= MAX_REPAIRS; round++) {
    const result = spec.schema.safeParse(current);
    if (result.success) return { data: result.data, issues, renames };
    const paths = result.error.issues.map((i) => i.path.filter((p): p is string | number => typeof p !== 'symbol'));
    if (round === 0) {
      result.error.issues.forEach((issue, n) => {
        issues.push({ path: paths[n] ?? [], message: describeIssue(issue.message, current, paths[n] ?? []) });
      });
    }
    // One drop per round: dropping an array item shifts the indices the other issues refer to.
    if (!dropAt(current, paths[0] ?? [])) break;
  }
  return { data: null, issues, renames };
}

/** Validates and wraps the result as the model's `JsonBody` (discriminated by kind); never throws. */
export function checkJsonBody(kind: JsonKind, value: unknown, line: number): { body: JsonBody; issues: SchemaIssue[]; renames: KeyRename[] } {
  // One case per kind so each result is typed by its literal kind, without a cast.
  switch (kind) {
    case 'problemScoping':
      return wrap(kind, validateJson(kind, value), value, line);
    case 'tsgQuestions':
      return wrap(kind, validateJson(kind, value), value, line);
    case 'advisor':
      return wrap(kind, validateJson(kind, value), value, line);
    case 'supportTopicDescription':
      return wrap(kind, validateJson(kind, value), value, line);
    case 'diagnoseAndSolve':
      return wrap(kind, validateJson(kind, value), value, line);
  }
}

function wrap<K extends JsonKind>(kind: K, v: JsonValidation<K>, raw: unknown, line: number) {
  return { body: { kind, data: v.data, raw, line }, issues: v.issues, renames: v.renames };
}

function describeIssue(message: string, root: unknown, path: JsonPath): string {
  const at = path.length
    ? path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .replace(/^\./, '')
    : 'the JSON body';
  const found = valueAt(root, path);
  const shown = found === undefined ? '' : `, found \`${JSON.stringify(found)?.slice(0, 40)}\``;
  return `\`${at}\`: ${message}${shown}`;
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === 'number') node = node[seg];
    else if (isRecord(node) && typeof seg === 'string') node = node[seg];
    else return undefined;
  }
  return node;
}

/** Removes the value at `path`, or its holder when the value is missing; false when only the root is left. */
function dropAt(root: unknown, path: JsonPath): boolean {
  let target = path;
  if (valueAt(root, target) === undefined) target = target.slice(0, -1);
  if (target.length === 0) return false;
  const holder = valueAt(root, target.slice(0, -1));
  const last = target[target.length - 1];
  if (Array.isArray(holder) && typeof last === 'number') holder.splice(last, 1);
  else if (isRecord(holder) && typeof last === 'string') delete holder[last];
  else return false;
  return true;
}
