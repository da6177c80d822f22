import { createProbableDuplicates, type DuplicatesSettings, duplicateId } from "./duplicates";
import { historicalCountry, sameInitiatorTarget, unknownEntity } from "./rules/actors";
import { listedPersons } from "./rules/counts";
import { answerBeforeCause, implausiblyEarly, notAfterPublication, notInFuture } from "./rules/dates";
import { actorLocation, centroidAsPlace, nullIsland, outsideCountry, swappedCoordinates } from "./rules/geography";
import { partOfCycle, relationTarget } from "./rules/relations";
import { evidenceRange, malformedUrl, missingSource, unknownSource } from "./rules/sources";
import { SHAPE_RULE } from "./shape";
import type { ValidatorRule } from "./streaming";

/** What the documentation says of a rule: everything but its code. */
export type RuleInfo = Pick<ValidatorRule, "id" | "scope" | "severity" | "description" | "hint" | "requires">;

/** The built-in rules, in the order the README lists them; the duplicates rule takes its settings. */
export const createBuiltinRules = (settings: { duplicates?: DuplicatesSettings } = {}): readonly ValidatorRule[] => [
  notAfterPublication,
  notInFuture,
  implausiblyEarly,
  answerBeforeCause,
  nullIsland,
  swappedCoordinates,
  outsideCountry,
  centroidAsPlace,
  actorLocation,
  historicalCountry,
  sameInitiatorTarget,
  unknownEntity,
  listedPersons,
  missingSource,
  malformedUrl,
  unknownSource,
  evidenceRange,
  duplicateId,
  createProbableDuplicates(settings.duplicates),
  relationTarget,
  partOfCycle,
];

/** The built-in rules with their default settings. */
export const builtinRules: readonly ValidatorRule[] = createBuiltinRules();

const describe = ({ id, scope, severity, description, hint, requires }: RuleInfo): RuleInfo => ({
  id,
  scope,
  severity,
  description,
  ...(hint === undefined ? {} : { hint }),
  ...(requires === undefined ? {} : { requires }),
});

/** Every built-in rule, the shape check first, as the README's table shows them. */
export const ruleCatalog: readonly RuleInfo[] = [SHAPE_RULE, ...builtinRules].map(describe);
