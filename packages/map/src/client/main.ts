// The page's script: reads the marks and the meta the page carries, draws the map and wires the panels.
import type { EventMark, FlowMark, Mark, PageMeta } from "../marks";
import { byId } from "./dom";
import { type DateWindow, dayRange, isShown } from "./filter";
import { drawMap, type PlacedMark } from "./map";
import { legendPanel, problemList, timePanel, unplacedList } from "./panels";
import { createPopup } from "./popup";

const readJson = <T>(id: string): T => JSON.parse(byId(id).textContent ?? "null") as T;
const marks = readJson<Mark[]>("tc-marks");
const meta = readJson<PageMeta>("tc-meta");

const events = marks.filter((mark): mark is EventMark => mark.kind === "event");
const placed = events.filter((mark): mark is PlacedMark => mark.at !== null);
const flows = marks.filter((mark): mark is FlowMark => mark.kind === "flow");

const container = byId("tc-map");
const popup = createPopup(container);
const drawn = drawMap(container, placed, flows, popup.open);
drawn.root.addEventListener("click", popup.close);

const range = dayRange(marks);
// The window asked for, kept inside the data's days and never inside out.
const clamp = (day: number | undefined, fallback: number) =>
  Math.min(range?.max ?? 0, Math.max(range?.min ?? 0, day ?? fallback));
const from = clamp(meta.from, range?.min ?? 0);
const dates: DateWindow = { from, to: Math.max(from, clamp(meta.to, range?.max ?? 0)), undated: true };
const hiddenTypes = new Set<string>();
const types = [...new Set(events.map((mark) => mark.type))].sort();
const legend = legendPanel(
  byId("tc-legend"),
  types,
  flows.some((flow) => flow.directed),
  (type, on) => {
    if (on) hiddenTypes.delete(type);
    else hiddenTypes.add(type);
    update();
  },
);
const time = timePanel(byId("tc-time"), range, dates, update);
unplacedList(
  byId("tc-unplaced"),
  events.filter((mark) => mark.at === null),
);
problemList(byId("tc-problems"), meta.problems);

function update() {
  const filter = { ...dates, hiddenTypes };
  time.sync();
  const shownByType = new Map<string, number>();
  placed.forEach((mark, index) => {
    const shown = isShown(mark, filter);
    drawn.markers[index]?.classList.toggle("hidden", !shown);
    if (shown) shownByType.set(mark.type, (shownByType.get(mark.type) ?? 0) + 1);
  });
  flows.forEach((flow, index) => {
    drawn.flows[index]?.classList.toggle("hidden", !isShown(flow, filter));
  });
  for (const type of types) {
    legend.setCount(type, shownByType.get(type) ?? 0, placed.filter((mark) => mark.type === type).length);
  }
  const visible = [...shownByType.values()].reduce((sum, n) => sum + n, 0);
  byId("tc-status").textContent =
    `${visible} of ${placed.length} placed events shown · ${events.length} events, ${flows.length} flows`;
  popup.close();
}
update();
document.body.dataset.ready = "true";
