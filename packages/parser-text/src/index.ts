export { type ExtractedEvent, type ExtractOptions, extractEvents } from "./extract";
export { stripHtml } from "./html";
export { DEFAULT_MAX_CHARACTERS, type TextParserOptions, TextParserOptionsSchema } from "./options";
export { textParser } from "./parser";
export { type Requirement, TRIGGER_RULES, type TriggerRule } from "./triggers";
