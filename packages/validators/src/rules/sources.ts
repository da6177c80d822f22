import { defineRule, excerpt } from "@tradecraft/core";
import { sourceOf } from "../lookups";
import { defineStreamingRule, type ValidatorEventRule } from "../streaming";

/**
 * Where events were reported. The schema already requires http(s) URLs and ordered evidence offsets; these rules
 * ask for a source on every event, for URLs that can point at a public page, for source ids that resolve, and
 * for evidence that lies inside the source's text when the dataset keeps it.
 */

export const missingSource = defineRule<ValidatorEventRule>({
  id: "sources.missing",
  scope: "event",
  severity: "warning",
  description: "Every event cites at least one source.",
  hint: "Add sources: a dataset source id, or the report's publisher, title, url and published date.",
  *check(event) {
    if (event.sources === undefined) yield { message: "the event cites no source", path: ["sources"] };
  },
});

/** What is wrong with a URL the schema let through (it parses and is http or https), or undefined. */
export const urlProblem = (text: string): string | undefined => {
  if (/\s/.test(text)) return "has white space in it (encode spaces as %20)";
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "is not a URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "is not an http(s) URL";
  if (url.username !== "" || url.password !== "") return "carries a user name or password";
  const host = url.hostname;
  if (/^\d+(\.\d+){3}$/.test(host) || host.startsWith("[")) return undefined;
  const labels = host.split(".");
  if (labels.length < 2) return `has no domain ('${host}'): a public address has a dot, as in example.org`;
  if (labels.some((label) => label === "")) return `has an empty label in its host name ('${host}')`;
  const top = labels.at(-1) ?? "";
  if (!/^([a-z]{2,63}|xn--[a-z0-9-]+)$/.test(top)) return `ends in '.${top}', which is not a top-level domain`;
  return undefined;
};

export const malformedUrl = defineStreamingRule({
  id: "sources.url",
  severity: "warning",
  description:
    "Source URLs can point at a public page: no white space, no credentials, a host name with a dot and a real top-level domain (the schema already requires http or https).",
  hint: "Copy the address from the browser's address bar; it reads https://publisher.example/path.",
  start({ dataset }) {
    return {
      *observe(event) {
        for (const [i, citation] of (event.sources ?? []).entries()) {
          const problem = citation.url === undefined ? undefined : urlProblem(citation.url);
          if (problem !== undefined) yield { message: `url '${citation.url}' ${problem}`, path: ["sources", i, "url"] };
        }
      },
      // The dataset's own source records, once each rather than once per citing event.
      *finish() {
        for (const [i, source] of (dataset?.sources ?? []).entries()) {
          const problem = source.url === undefined ? undefined : urlProblem(source.url);
          if (problem !== undefined) {
            yield { message: `source '${source.id}': url '${source.url}' ${problem}`, path: ["sources", i, "url"] };
          }
        }
      },
    };
  },
});

export const unknownSource = defineRule<ValidatorEventRule>({
  id: "sources.unknown-source",
  scope: "event",
  severity: "error",
  requires: ["dataset"],
  description: "A citation's `source` id names a source of the dataset.",
  hint: "Add the source to the dataset's sources, or correct the id.",
  *check(event, context) {
    for (const [i, citation] of (event.sources ?? []).entries()) {
      if (citation.source !== undefined && sourceOf(context.dataset, citation.source) === undefined) {
        yield { message: `source '${citation.source}' is not a source of the dataset`, path: ["sources", i, "source"] };
      }
    }
  },
});

export const evidenceRange = defineRule<ValidatorEventRule>({
  id: "sources.evidence-range",
  scope: "event",
  severity: "error",
  requires: ["dataset"],
  description:
    "Evidence offsets fall inside the cited source's text, and the evidence's own text matches the span, when the dataset keeps the source's text.",
  hint: "Offsets count UTF-16 code units from 0, end exclusive, as JavaScript string indexes do; recompute them against the stored text.",
  *check(event, context) {
    for (const [i, citation] of (event.sources ?? []).entries()) {
      const text = sourceOf(context.dataset, citation.source)?.text;
      const evidence = citation.evidence;
      if (text === undefined || evidence === undefined) continue;
      if (evidence.end > text.length) {
        yield {
          message: `evidence ${evidence.start}-${evidence.end} runs past the end of source '${citation.source}' (${text.length} characters)`,
          path: ["sources", i, "evidence", "end"],
        };
      } else if (evidence.text !== undefined && text.slice(evidence.start, evidence.end) !== evidence.text) {
        yield {
          message: `evidence text '${excerpt(evidence.text, 60)}' is not what source '${citation.source}' has at ${evidence.start}-${evidence.end}: '${excerpt(text.slice(evidence.start, evidence.end), 60)}'`,
          path: ["sources", i, "evidence", "text"],
        };
      }
    }
  },
});
