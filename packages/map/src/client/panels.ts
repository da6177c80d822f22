import type { EventMark, Problem } from "../marks";
import { colorOf, typeLabel } from "./appearance";
import { el } from "./dom";
import { type DateWindow, isoDay } from "./filter";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One row per type: its colour, a switch, and a count the caller sets (shown / on the map). */
export const legendPanel = (
  section: HTMLElement,
  types: readonly string[],
  arrows: boolean,
  onSwitch: (type: string, on: boolean) => void,
) => {
  const counts = new Map<string, HTMLElement>();
  for (const type of types) {
    const toggle = el("input", { type: "checkbox", checked: "", "data-type": type });
    toggle.addEventListener("change", () => onSwitch(type, toggle.checked));
    const count = el("span", { class: "count" });
    counts.set(type, count);
    const swatch = el("span", { class: "swatch", style: `background:${colorOf(type)}` });
    section.append(el("label", { class: "legend-row" }, toggle, swatch, typeLabel(type), count));
  }
  if (arrows) section.append(el("p", { class: "muted" }, "Arrows run from initiator to target."));
  return {
    setCount(type: string, shown: number, total: number) {
      const count = counts.get(type);
      if (count) count.textContent = `${shown} / ${total}`;
    },
  };
};

/**
 * Two sliders over the data's days and a switch for undated events. Moving one end past the other drags it along,
 * so the window never turns inside out.
 */
export const timePanel = (
  section: HTMLElement,
  range: { min: number; max: number } | undefined,
  dates: DateWindow,
  onChange: () => void,
) => {
  const outputs: Partial<Record<"from" | "to", [HTMLInputElement, HTMLOutputElement]>> = {};
  if (range === undefined) section.append(el("p", { class: "muted" }, "No event has a known date."));
  else {
    for (const end of ["from", "to"] as const) {
      const slider = el("input", {
        type: "range",
        id: `tc-${end}`,
        min: String(range.min),
        max: String(range.max),
        step: "1",
        "aria-label": `${end} date`,
      });
      const shown = el("output", { for: `tc-${end}` });
      slider.addEventListener("input", () => {
        dates[end] = Number(slider.value);
        if (dates.from > dates.to) dates[end === "from" ? "to" : "from"] = dates[end];
        onChange();
      });
      outputs[end] = [slider, shown];
      section.append(el("label", { class: "range" }, end, slider, shown));
    }
  }
  const undated = el("input", { type: "checkbox", id: "tc-undated", checked: "" });
  undated.addEventListener("change", () => {
    dates.undated = undated.checked;
    onChange();
  });
  section.append(el("label", {}, undated, " events without a date"));
  return {
    /** Shows the window's current ends on the sliders. */
    sync() {
      for (const end of ["from", "to"] as const) {
        const pair = outputs[end];
        if (pair === undefined) continue;
        pair[0].value = String(dates[end]);
        pair[1].textContent = isoDay(dates[end]);
      }
    },
  };
};

/** The events that have no point, so none is lost from view. */
export const unplacedList = (section: HTMLElement, events: readonly EventMark[]) => {
  if (events.length === 0) return;
  const items = events.map((mark) =>
    el("li", { "data-id": mark.id }, `${mark.date ?? "undated"} · ${typeLabel(mark.type)}: ${mark.summary ?? mark.id}`),
  );
  section.append(
    el(
      "details",
      {},
      el("summary", {}, `${plural(events.length, "event")} not on the map (no place known)`),
      el("ul", {}, ...items),
    ),
  );
};

/** The input records that are not drawn, and the warnings, with their codes and hints. */
export const problemList = (section: HTMLElement, problems: readonly Problem[]) => {
  if (problems.length === 0) return;
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const items = problems.map((problem) =>
    el(
      "li",
      {},
      `record ${problem.record}: ${problem.code} ${problem.message}${problem.hint ? ` (${problem.hint})` : ""}`,
    ),
  );
  section.append(
    el(
      "details",
      { open: "" },
      el("summary", {}, `${plural(errors, "input record")} not drawn, ${plural(problems.length - errors, "warning")}`),
      el("ul", {}, ...items),
    ),
  );
};
