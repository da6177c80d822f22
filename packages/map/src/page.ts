import type { Diagnostic } from "@tradecraft/core";
import { CLIENT_SCRIPT } from "./client.generated";
import { escapeHtml, scriptJson } from "./escape";
import { dateSpan, type GeoJsonLikeFeature, readFeature } from "./features";
import type { PageMeta, Problem } from "./marks";
import { type MapOptions, resolveMapOptions } from "./options";
import { PAGE_STYLE } from "./style";

/** Ids the client script reads its data from. */
export const MARKS_ELEMENT_ID = "tc-marks";
export const META_ELEMENT_ID = "tc-meta";

const ATTRIBUTION =
  "Country outlines: Natural Earth (public domain) via world-atlas (ISC). Drawn with d3-geo and topojson-client (ISC).";

const head = (title: string) =>
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p id="tc-status" role="status"></p></header>
<main>
<div id="tc-map" aria-label="map of the events"></div>
<aside>
<section id="tc-time"><h2>Dates</h2></section>
<section id="tc-legend"><h2>Types <span class="muted">shown / on the map</span></h2></section>
<section id="tc-unplaced"></section>
<section id="tc-problems"></section>
</aside>
</main>
<footer>${escapeHtml(ATTRIBUTION)}</footer>
<noscript>This map needs JavaScript.</noscript>
<script type="application/json" id="${MARKS_ELEMENT_ID}">[`;

const tail = (meta: PageMeta) =>
  `]</script>
<script type="application/json" id="${META_ELEMENT_ID}">${scriptJson(meta)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;

const toProblem = (diagnostic: Diagnostic, record: number): Problem => ({
  record,
  severity: diagnostic.severity === "error" ? "error" : "warning",
  code: diagnostic.code,
  message: diagnostic.message,
  hint: diagnostic.hint,
});

/**
 * The map page for a stream of GeoJSON features, as text chunks: the page's head, then one chunk per feature, then
 * the tail with the script. A big dataset is never held as one string. Features that cannot be drawn are listed in
 * the page (and given to `onDiagnostic`); events without a point are listed under "not on the map".
 * Bad options throw a `TradecraftError` (`TC_MAP_OPTIONS`) before anything is written.
 */
export async function* renderMap(
  features: Iterable<GeoJsonLikeFeature> | AsyncIterable<GeoJsonLikeFeature>,
  options: MapOptions = {},
): AsyncGenerator<string> {
  const { title, from, to, onDiagnostic } = resolveMapOptions(options);
  const problems: Problem[] = [];
  const report = (diagnostic: Diagnostic, record: number) => {
    problems.push(toProblem(diagnostic, record));
    onDiagnostic?.(diagnostic);
  };

  yield head(title);
  let record = 0;
  let written = 0;
  for await (const feature of features) {
    const result = readFeature(feature, record);
    if (result.mark === undefined) report(result.error, record);
    else {
      for (const warning of result.warnings) report(warning, record);
      yield `${written === 0 ? "" : ",\n"}${scriptJson(result.mark)}`;
      written += 1;
    }
    record += 1;
  }
  yield tail({
    title,
    from: from === undefined ? undefined : dateSpan(from).start,
    to: to === undefined ? undefined : dateSpan(to).end,
    problems,
  });
}

/** The whole map page as one string (`renderMap` joined). */
export const mapPage = async (
  features: Iterable<GeoJsonLikeFeature> | AsyncIterable<GeoJsonLikeFeature>,
  options: MapOptions = {},
): Promise<string> => {
  let page = "";
  for await (const chunk of renderMap(features, options)) page += chunk;
  return page;
};
