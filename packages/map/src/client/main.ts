// The page's script: reads the marks and the meta the page carries, draws the map and wires the panels.
import type { EventMark, FlowMark, Mark, PageMeta } from "../marks";
import { colorOf } from "./colors";
import { byId, el } from "./dom";
import { dayRange, type Filter, isoDay, isShown } from "./filter";
import { drawMap, type PlacedMark } from "./map";
import { createPopup } from "./popup";

const readJson = <T>(id: string): T => JSON.parse(byId(id).textContent ?? "null") as T;
const marks = readJson<Mark[]>("tc-marks");
const meta = readJson<PageMeta>("tc-meta");

const events = marks.filter((mark): mark is EventMark => mark.kind === "event");
const placed = events.filter((mark): mark is PlacedMark => mark.at !== null);
const unplaced = events.filter((mark) => mark.at === null);
const flows = marks.filter((mark): mark is FlowMark => mark.kind === "flow");
const label = (type: string) => type.replace(/_/g, " ");

const container = byId("tc-map");
const popup = createPopup(container);
const drawn = drawMap(container, placed, flows, popup.open);
drawn.root.addEventListener("click", popup.close);

const range = dayRange(marks);
const hiddenTypes = new Set<string>();
const filter: { -readonly [K in keyof Filter]: Filter[K] } = {
  from: Math.max(range?.min ?? 0, meta.from ?? Number.NEGATIVE_INFINITY),
  to: Math.min(range?.max ?? 0, meta.to ?? Number.POSITIVE_INFINITY),
  undated: true,
  hiddenTypes,
};

// Legend: one row per type with its colour, a switch, and how many of its markers are shown.
const legendCounts = new Map<string, HTMLElement>();
const types = [...new Set(events.map((mark) => mark.type))].sort();
const legend = byId("tc-legend");
for (const type of types) {
  const toggle = el("input", { type: "checkbox", checked: "", "data-type": type });
  toggle.addEventListener("change", () => {
    if (toggle.checked) hiddenTypes.delete(type);
    else hiddenTypes.add(type);
    update();
  });
  const count = el("span", { class: "count" });
  legendCounts.set(type, count);
  legend.append(
    el(
      "label",
      { class: "legend-row" },
      toggle,
      el("span", { class: "swatch", style: `background:${colorOf(type)}` }),
      label(type),
      count,
    ),
  );
}
if (flows.some((flow) => flow.directed))
  legend.append(el("p", { class: "muted" }, "Arrows run from initiator to target."));

// Dates: two sliders over the days the data spans; partial dates (2024, 2024-03) count for every day they can mean.
const time = byId("tc-time");
const sliders: HTMLInputElement[] = [];
if (range === undefined) time.append(el("p", { class: "muted" }, "No event has a known date."));
else {
  for (const end of ["from", "to"] as const) {
    const slider = el("input", {
      type: "range",
      id: `tc-${end}`,
      min: String(range.min),
      max: String(range.max),
      step: "1",
      value: String(filter[end]),
      "aria-label": `${end} date`,
    });
    const shown = el("output", { for: `tc-${end}` }, isoDay(filter[end]));
    slider.addEventListener("input", () => {
      filter[end] = Number(slider.value);
      // The window never turns inside out: moving one end past the other drags it along.
      const other = end === "from" ? "to" : "from";
      if (filter.from > filter.to) filter[other] = filter[end];
      update();
    });
    sliders.push(slider);
    time.append(el("label", { class: "range" }, end, slider, shown));
  }
}
const undated = el("input", { type: "checkbox", id: "tc-undated", checked: "" });
undated.addEventListener("change", () => {
  filter.undated = undated.checked;
  update();
});
time.append(el("label", {}, undated, " events without a date"));

if (unplaced.length > 0) {
  byId("tc-unplaced").append(
    el(
      "details",
      {},
      el("summary", {}, `${unplaced.length} event${unplaced.length === 1 ? "" : "s"} not on the map (no place known)`),
      el(
        "ul",
        {},
        ...unplaced.map((mark) =>
          el(
            "li",
            { "data-id": mark.id },
            `${mark.date ?? "undated"} · ${label(mark.type)}: ${mark.summary ?? mark.id}`,
          ),
        ),
      ),
    ),
  );
}
if (meta.problems.length > 0) {
  const errors = meta.problems.filter((problem) => problem.severity === "error").length;
  byId("tc-problems").append(
    el(
      "details",
      { open: "" },
      el(
        "summary",
        {},
        `${errors} input record${errors === 1 ? "" : "s"} not drawn, ${meta.problems.length - errors} warning(s)`,
      ),
      el(
        "ul",
        {},
        ...meta.problems.map((problem) =>
          el(
            "li",
            {},
            `record ${problem.record}: ${problem.code} ${problem.message}${problem.hint ? ` (${problem.hint})` : ""}`,
          ),
        ),
      ),
    ),
  );
}

function update() {
  sliders.forEach((slider, index) => {
    const day = index === 0 ? filter.from : filter.to;
    slider.value = String(day);
    const output = slider.nextElementSibling;
    if (output) output.textContent = isoDay(day);
  });
  const shownByType = new Map<string, number>();
  placed.forEach((mark, index) => {
    const shown = isShown(mark, filter);
    drawn.markers[index]?.classList.toggle("hidden", !shown);
    if (shown) shownByType.set(mark.type, (shownByType.get(mark.type) ?? 0) + 1);
  });
  flows.forEach((flow, index) => {
    drawn.flows[index]?.classList.toggle("hidden", !isShown(flow, filter));
  });
  for (const [type, count] of legendCounts) {
    const total = placed.filter((mark) => mark.type === type).length;
    count.textContent = `${shownByType.get(type) ?? 0} / ${total}`;
  }
  const visible = [...shownByType.values()].reduce((sum, n) => sum + n, 0);
  byId("tc-status").textContent =
    `${visible} of ${placed.length} placed events shown · ${events.length} events, ${flows.length} flows`;
  popup.close();
}
update();
document.body.dataset.ready = "true";
