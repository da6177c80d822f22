import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import type { EventMark, FlowMark, LonLat } from "../marks";
import { colorOf, typeLabel } from "./appearance";
import { svg } from "./dom";
import { spreadOffsets } from "./spread";

const WIDTH = 960;
const HEIGHT = 500;
const RADIUS = 5;

/** An event that has a point. */
export type PlacedMark = EventMark & { readonly at: LonLat };

export interface DrawnMap {
  readonly root: SVGSVGElement;
  /** The marker and flow elements, in the order of the marks given. */
  readonly markers: readonly SVGCircleElement[];
  readonly flows: readonly SVGPathElement[];
}

/** Natural Earth's countries, drawn once; each has its name as a tooltip. */
const drawCountries = (path: ReturnType<typeof geoPath>) => {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const group = svg("g");
  for (const country of feature(topology, topology.objects.countries).features) {
    const shape = svg("path", { class: "country", d: path(country) ?? "" });
    const title = svg("title");
    title.textContent = country.properties.name;
    shape.append(title);
    group.append(shape);
  }
  return group;
};

/** An arrowhead per type that has directed flows, coloured like the type. */
const arrowHeads = (types: readonly string[]) => {
  const defs = svg("defs");
  types.forEach((type, index) => {
    const marker = svg("marker", {
      id: `tc-arrow-${index}`,
      viewBox: "0 0 10 10",
      refX: 9,
      refY: 5,
      markerWidth: 7,
      markerHeight: 7,
      orient: "auto-start-reverse",
    });
    marker.append(svg("path", { d: "M0,0L10,5L0,10z", fill: colorOf(type) }));
    defs.append(marker);
  });
  return defs;
};

/**
 * The map: sphere, countries, flows, then markers on top, in an Equal Earth projection. Wheel zooms around the
 * pointer and dragging pans; markers keep their size on screen and fan out where several share one point.
 */
export const drawMap = (
  container: HTMLElement,
  events: readonly PlacedMark[],
  flows: readonly FlowMark[],
  onPick: (mark: PlacedMark, x: number, y: number) => void,
): DrawnMap => {
  const projection = geoEqualEarth().fitExtent(
    [
      [8, 8],
      [WIDTH - 8, HEIGHT - 8],
    ],
    { type: "Sphere" },
  );
  const path = geoPath(projection);
  const root = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img" });
  const view = svg("g");
  const flowTypes = [...new Set(flows.filter((flow) => flow.directed).map((flow) => flow.type))];
  root.append(arrowHeads(flowTypes), view);
  view.append(svg("path", { class: "sphere", d: path({ type: "Sphere" }) ?? "" }), drawCountries(path));

  const flowLayer = svg("g");
  const flowPaths = flows.map((flow) => {
    const line = svg("path", {
      class: flow.directed ? "flow" : "flow undirected",
      d: path({ type: "MultiLineString", coordinates: flow.lines.map((part) => [...part]) }) ?? "",
      stroke: colorOf(flow.type),
      "vector-effect": "non-scaling-stroke",
      "data-id": flow.id,
    });
    if (flow.directed) line.setAttribute("marker-end", `url(#tc-arrow-${flowTypes.indexOf(flow.type)})`);
    flowLayer.append(line);
    return line;
  });

  const markerLayer = svg("g");
  // Equal Earth projects every point of the sphere, so null never comes back for a valid position.
  const points = events.map((mark): [number, number] => projection([...mark.at]) ?? [0, 0]);
  const offsets = spreadOffsets(points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`));
  const markers = events.map((mark) => {
    const circle = svg("circle", {
      class: mark.placed ? "marker placed" : "marker",
      fill: colorOf(mark.type),
      "data-id": mark.id,
      tabindex: 0,
      role: "button",
      "aria-label": `${typeLabel(mark.type)} ${mark.date ?? ""}`.trim(),
    });
    const pick = () => {
      const box = circle.getBoundingClientRect();
      const frame = container.getBoundingClientRect();
      onPick(mark, box.left - frame.left + box.width / 2, box.top - frame.top + box.height / 2);
    };
    circle.addEventListener("click", (event) => {
      event.stopPropagation();
      pick();
    });
    circle.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") pick();
    });
    markerLayer.append(circle);
    return circle;
  });
  view.append(flowLayer, markerLayer);
  container.append(root);

  let zoom = { k: 1, x: 0, y: 0 };
  const place = () => {
    view.setAttribute("transform", `translate(${zoom.x},${zoom.y}) scale(${zoom.k})`);
    markers.forEach((circle, index) => {
      const [x, y] = points[index] ?? [0, 0];
      const [dx, dy] = offsets[index] ?? [0, 0];
      circle.setAttribute("cx", String(x + dx / zoom.k));
      circle.setAttribute("cy", String(y + dy / zoom.k));
      circle.setAttribute("r", String(RADIUS / zoom.k));
      circle.setAttribute("stroke-width", String(1 / zoom.k));
    });
  };
  place();

  // Pointer positions in the SVG's own units, whatever size the page gives it.
  const local = (event: MouseEvent) => {
    const frame = root.getBoundingClientRect();
    return [
      ((event.clientX - frame.left) * WIDTH) / frame.width,
      ((event.clientY - frame.top) * HEIGHT) / frame.height,
    ];
  };
  root.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      const [px = 0, py = 0] = local(event);
      const k = Math.min(40, Math.max(1, zoom.k * (event.deltaY < 0 ? 1.25 : 0.8)));
      zoom =
        k === 1 ? { k, x: 0, y: 0 } : { k, x: px - ((px - zoom.x) * k) / zoom.k, y: py - ((py - zoom.y) * k) / zoom.k };
      place();
    },
    { passive: false },
  );
  let drag: { x: number; y: number } | undefined;
  root.addEventListener("pointerdown", (event) => {
    const [x = 0, y = 0] = local(event);
    drag = { x: x - zoom.x, y: y - zoom.y };
  });
  root.addEventListener("pointermove", (event) => {
    if (drag === undefined || event.buttons === 0) return;
    const [x = 0, y = 0] = local(event);
    zoom = { ...zoom, x: x - drag.x, y: y - drag.y };
    place();
  });
  root.addEventListener("pointerup", () => {
    drag = undefined;
  });
  return { root, markers, flows: flowPaths };
};
