export { builtinRules, createBuiltinRules, type RuleInfo, ruleCatalog } from "./catalog";
export {
  type Plan,
  planRules,
  type ResolvedConfig,
  RuleIdSchema,
  type RuleSetting,
  RuleSettingSchema,
  type ValidateOptions,
  type ValidatorConfig,
  ValidatorConfigSchema,
} from "./config";
export { createProbableDuplicates, type DuplicatesSettings, DuplicatesSettingsSchema } from "./duplicates";
export { certainlyBefore, type EventIndex } from "./event-index";
export {
  type Reciprocity,
  type ReciprocityAnswer,
  ReciprocityAnswerSchema,
  ReciprocityPairSchema,
  ReciprocitySchema,
  type ReciprocitySettings,
  ReciprocitySettingsSchema,
} from "./reciprocity";
export { type HumanOptions, renderHuman, renderJson, wantsColor } from "./render";
export {
  type Report,
  type ReportIssue,
  ReportIssueSchema,
  type ReportNote,
  ReportNoteSchema,
  ReportSchema,
} from "./report";
export { SHAPE_RULE } from "./shape";
export {
  defineStreamingRule,
  isStreamingRule,
  type Requirement,
  type RuleNeeds,
  type RuleRun,
  type StreamingContext,
  type StreamingRule,
  type ValidatorEventRule,
  type ValidatorRule,
} from "./streaming";
export { type DatasetInput, type ValidateInput, validate } from "./validate";
