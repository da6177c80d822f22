export { certainlyBefore, type EventIndex } from "./event-index";
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
