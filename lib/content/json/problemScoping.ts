/**
 * problemScopingQuestions and TSG_Questions bodies: a form of `formElements` (FORMAT.md §4.1).
 * Lenient by design: unknown keys pass through, almost every field is optional, key spellings are
 * normalised beforehand (see `PROBLEM_SCOPING_KEYS`), and enum values are case-folded.
 */
import { z } from 'zod';
import { looseBoolean, looseNumber, markdownText, text } from './fields';
import { keyTable } from './keys';
import { readVisibility } from './visibility';

/** Control types, case-folded (`radioButtonGroup`, `DropDown`, `TextBox` all occur). */
export const CONTROL_TYPES = [
  'textbox',
  'multilinetextbox',
  'numerictextbox',
  'dropdown',
  'multiselectdropdown',
  'radiobuttongroup',
  'datetimepicker',
  'infoblock',
  'textblock',
] as const;
export type ControlType = (typeof CONTROL_TYPES)[number];

const controlType = z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(CONTROL_TYPES));

/** A `{text, value}` choice of a dropdown or radio group (`Text`/`Value` spellings normalised). */
export const OptionSchema = z.looseObject({ text: z.string(), value: z.union([z.string(), z.number(), z.boolean()]).transform(String) });

/** Options fetched at run time from an ARM/API uri. */
export const DynamicOptionsSchema = z.looseObject({
  uri: text,
  jTokenPath: text,
  textProperty: text,
  valueProperty: text,
  textPropertyRegex: text,
  valuePropertyRegex: text,
  textTemplate: text,
  dependsOn: z.unknown().optional(),
  defaultDropdownOptions: z.unknown().optional(),
});

/** A validation rule of a field: `RegExMatch` with a value, `GreaterThan` against another control. */
export const ValidationSchema = z.looseObject({ type: z.string(), value: z.unknown().optional(), controlId: text });

/** One question of the form. */
export const FormElementSchema = z.looseObject({
  /** Unique id within the form (`problem_description`, `problem_start_time`, a GUID for TSG questions). */
  id: z.string(),
  order: looseNumber,
  controlType: controlType.optional(),
  displayLabel: text,
  required: looseBoolean.optional(),
  maxLength: looseNumber.nullish(),
  numberOfLines: looseNumber.nullish(),
  watermarkText: text,
  /** Shown behind an info disclosure; markdown, may hold HTML links. */
  infoBalloonText: markdownText,
  hints: z.array(z.looseObject({ text: z.string() })).nullish(),
  /** A condition such as `device_type == Windows && os != 10`, or a constant; parsed (a malformed rule is kept, with why). */
  visibility: z
    .union([z.string(), z.boolean()])
    .nullish()
    .transform((v) => (v === null || v === undefined ? v : readVisibility(v))),
  dropdownOptions: z.array(OptionSchema).nullish(),
  radioButtonOptions: z.array(OptionSchema).nullish(),
  dynamicDropdownOptions: DynamicOptionsSchema.nullish(),
  /** Text of an `infoblock`/`textblock`: markdown, may hold HTML links. */
  content: markdownText,
  useAsAdditionalDetails: looseBoolean.nullish(),
  validations: z.array(ValidationSchema).nullish(),
  diagnosticInputRequiredClients: text,
  includeInQuotaSummary: looseBoolean.nullish(),
});

/** The whole scoping form. */
export const ProblemScopingSchema = z.looseObject({
  $schema: text,
  title: text,
  resourceRequired: looseBoolean.nullish(),
  subscriptionRequired: looseBoolean.nullish(),
  fileAttachmentHint: text,
  diagnosticCard: z.looseObject({ title: text, description: text, insightNotAvailableText: text }).nullish(),
  quotaRequestVersion: z.unknown().optional(),
  formElements: z.array(FormElementSchema),
});

export type FormOption = z.output<typeof OptionSchema>;
export type FormElement = z.output<typeof FormElementSchema>;
export type ProblemScopingForm = z.output<typeof ProblemScopingSchema>;
/** TSG_Questions share the form shape (radio groups with GUID ids). */
export type TsgQuestions = ProblemScopingForm;

/** Schema spellings of every key of the form, plus the typos seen in real content. */
export const PROBLEM_SCOPING_KEYS = keyTable(
  [
    ...Object.keys(ProblemScopingSchema.shape),
    ...Object.keys(FormElementSchema.shape),
    ...Object.keys(OptionSchema.shape),
    ...Object.keys(DynamicOptionsSchema.shape),
    ...Object.keys(ValidationSchema.shape),
  ],
  { infoBallonText: 'infoBalloonText', watermarkTest: 'watermarkText', fieAttachmentHint: 'fileAttachmentHint' },
);
