import {
  coreRegistry,
  type Gazetteer,
  mergeDiagnostics,
  type Registry,
  type Severity,
  SeveritySchema,
  TradecraftError,
  zodIssuesToDiagnostics,
} from "@tradecraft/core";
import { z } from "zod";
import { createBuiltinRules } from "./catalog";
import { DuplicatesSettingsSchema } from "./duplicates";
import { ReciprocitySettingsSchema } from "./reciprocity";
import { SHAPE_RULE } from "./shape";
import type { ValidatorRule } from "./streaming";

/**
 * Configuration in the style of ESLint: every rule is on at its default severity; `rules` turns rules off or
 * changes their severity; `customRules` adds rules made with core's `defineRule` (or `defineStreamingRule`), and
 * the registry's plugins add theirs. The serializable part is a zod schema, so a CLI can read it from JSON.
 */

export const RuleSettingSchema = z.enum(["error", "warning", "info", "off"]);
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

/** Dotted and stable: `dates.not-in-future`, `acme.watchlist-known`. */
export const RuleIdSchema = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/, {
  error: (issue) =>
    `'${String(issue.input)}' is not a rule id: use dotted lower-case words such as acme.watchlist-known`,
});

export const ValidatorConfigSchema = z.strictObject({
  /** Severity per rule id, or "off". */
  rules: z.record(z.string(), RuleSettingSchema).default({}),
  duplicates: DuplicatesSettingsSchema.prefault({}),
  /** The reciprocity summary's settings, or false for no summary. */
  reciprocity: z.union([z.literal(false), ReciprocitySettingsSchema]).prefault({}),
  /** Issues kept in the report; the counts always cover every issue found. */
  maxIssues: z.int().nonnegative().default(100_000),
});
export type ValidatorConfig = z.input<typeof ValidatorConfigSchema>;
export type ResolvedConfig = z.output<typeof ValidatorConfigSchema>;

export interface ValidateOptions extends ValidatorConfig {
  /** The event types events are checked against; by default core's. Its plugins' rules run too. */
  readonly registry?: Registry;
  /** Turns on the rules that need one (point in country, centroids); without it they report they did not run. */
  readonly gazetteer?: Gazetteer;
  /** The present, for "not in the future"; by default the time of the call. */
  readonly now?: Date;
  /** Rules of your own, event or dataset scope. */
  readonly customRules?: readonly ValidatorRule[];
}

const CustomRuleSchema = z.looseObject({
  id: RuleIdSchema,
  description: z.string().min(1),
  severity: SeveritySchema,
  scope: z.enum(["event", "dataset"]),
  check: z.custom<(...args: never[]) => unknown>((value) => typeof value === "function", {
    error: "a rule has a check function",
  }),
});

/** The rules that will run, each with the severity it reports at. */
export interface Plan {
  readonly config: ResolvedConfig;
  readonly registry: Registry;
  /** The shape check's severity ("off": the input is trusted and not re-checked). */
  readonly shape: RuleSetting;
  readonly rules: readonly { readonly rule: ValidatorRule; readonly severity: Severity | undefined }[];
  /** Every known rule and its setting, for the report. */
  readonly settings: Readonly<Record<string, RuleSetting>>;
}

const configError = (code: string, error: z.ZodError, hint: string) =>
  new TradecraftError({ ...mergeDiagnostics(zodIssuesToDiagnostics(error, code)), hint });

/** Reads the options into the rules to run; a configuration mistake throws a `TradecraftError` with a hint. */
export const planRules = (options: ValidateOptions): Plan => {
  // What is left once the runtime objects are taken out is what a JSON configuration file could hold.
  const { registry = coreRegistry, gazetteer: _gazetteer, now: _now, customRules = [], ...serializable } = options;
  const parsed = ValidatorConfigSchema.safeParse(serializable);
  if (!parsed.success) {
    throw configError(
      "TC_VALIDATE_CONFIG",
      parsed.error,
      'Options are { rules: { "rule.id": "error" | "warning" | "info" | "off" }, duplicates, reciprocity, maxIssues, registry, gazetteer, now, customRules }.',
    );
  }
  const config = parsed.data;
  for (const rule of customRules) {
    const checked = CustomRuleSchema.safeParse(rule);
    if (!checked.success) {
      throw configError(
        "TC_VALIDATE_RULE_INVALID",
        checked.error,
        "Make rules with defineRule({ id, description, severity, scope, check }) from @tradecraft/core.",
      );
    }
  }

  // The same rule object can arrive twice (a plugin in the registry and in customRules): it runs once.
  const rules = [...new Set([...createBuiltinRules(config), ...registry.rules, ...customRules])];
  const ids = new Set<string>([SHAPE_RULE.id]);
  for (const { id } of rules) {
    if (ids.has(id)) {
      throw new TradecraftError({
        code: "TC_VALIDATE_RULE_CLASH",
        message: `two rules have the id '${id}'`,
        hint: "Give your rule an id of its own, under your own prefix (acme.*).",
      });
    }
    ids.add(id);
  }
  const unknown = Object.keys(config.rules).filter((id) => !ids.has(id));
  if (unknown.length > 0) {
    throw new TradecraftError({
      code: "TC_VALIDATE_UNKNOWN_RULE",
      message: `unknown rule${unknown.length > 1 ? "s" : ""} ${unknown.map((id) => `'${id}'`).join(", ")} in the configuration`,
      hint: `Known rules: ${[...ids].join(", ")}.`,
    });
  }

  const settingOf = (id: string, fallback: Severity): RuleSetting => config.rules[id] ?? fallback;
  const settings = Object.fromEntries([SHAPE_RULE, ...rules].map(({ id, severity }) => [id, settingOf(id, severity)]));
  return {
    config,
    registry,
    shape: settingOf(SHAPE_RULE.id, SHAPE_RULE.severity),
    rules: rules.flatMap((rule) => {
      const setting = config.rules[rule.id];
      if (setting === "off") return [];
      return [{ rule, severity: setting }];
    }),
    settings,
  };
};
