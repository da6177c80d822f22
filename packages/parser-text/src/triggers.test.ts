import { coreEventTypes } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { compilePattern, findMatches } from "./patterns";
import { TYPE_ROLES } from "./roles";
import { readSentences } from "./sentences";
import { findTriggers, TRIGGER_RULES } from "./triggers";

const tokensOf = (text: string) => readSentences(text)[0]?.tokens ?? [];
const triggered = (text: string) => findTriggers(tokensOf(text)).map((t) => `${t.rule.type}:${t.pattern}`);

describe("the trigger table", () => {
  it("covers every core event type, and each has its argument rules", () => {
    const covered = new Set(TRIGGER_RULES.map((r) => r.type));
    for (const { type } of coreEventTypes) {
      expect(covered.has(type), type).toBe(true);
      expect(TYPE_ROLES[type], type).toBeDefined();
    }
  });

  it("compiles every pattern", () => {
    for (const rule of TRIGGER_RULES)
      for (const source of rule.patterns) expect(() => compilePattern(source)).not.toThrow();
  });

  it("refuses an unknown word class", () => {
    expect(() => compilePattern("close ... @castle")).toThrow(/unknown word class @castle/);
  });
});

describe("patterns", () => {
  it("match lemmas, so every form of the verb counts", () => {
    const pattern = compilePattern("expel:V");
    for (const text of ["They expel them.", "They expelled them.", "It is expelling them.", "She expels them."]) {
      expect(findMatches(pattern, tokensOf(text)), text).toHaveLength(1);
    }
  });

  it("skip a short phrase in a gap, never a verb or a comma", () => {
    const pattern = compilePattern("send ... home");
    expect(findMatches(pattern, tokensOf("They sent 35 Russian diplomats home."))).toHaveLength(1);
    expect(findMatches(pattern, tokensOf("They sent a letter, and went home."))).toHaveLength(0);
  });

  it("prefer the longer of two overlapping triggers", () => {
    expect(triggered("He was shot dead.")).toEqual(["assassination:shoot|shot dead"]);
    expect(triggered("He escaped from prison.")).toEqual(["escape:escape|flee ... from ... @custody"]);
  });

  it("read the gerunds the tagger takes for nouns", () => {
    expect(triggered("Russia responded by expelling U.S. diplomats.")).toEqual(["expulsion:expel:V"]);
  });
});
