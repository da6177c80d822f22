import { mergeDiagnostics, type ParsedItem, type Position } from "@tradecraft/core";
import { fillSlot, passesGuard, readActor } from "./actors";
import { CAMEO_CODE_PATTERN, isCameoCode } from "./cameo";
import { CAMEO_MAPPING_VERSION, cameoEntry, isMapping, skipReason } from "./cameo-mapping";
import type { GdeltLayout } from "./columns";
import { readDateAdded, readEventDay } from "./dates";
import { type GeoBlock, readPlace } from "./location";
import type { Participant } from "./model";
import type { ResolvedGdeltOptions } from "./options";
import { GdeltRow } from "./row";
import { FILTERED, guardReason } from "./skips";
import { readSource } from "./source";

const PLACE_BLOCKS: readonly GeoBlock[] = ["ActionGeo"];
const PLACE_BLOCKS_WITH_ACTORS: readonly GeoBlock[] = ["ActionGeo", "Actor1Geo", "Actor2Geo"];

/** Turns the option filters into checks done once per row. */
export const rowFilters = (options: ResolvedGdeltOptions) => ({
  codes: options.codes,
  countries: options.actorCountries === undefined ? undefined : new Set(options.actorCountries),
  // SQLDATE compares as text once the dashes are gone.
  from: options.from?.replaceAll("-", ""),
  to: options.to?.replaceAll("-", ""),
  quadClasses: options.quadClasses === undefined ? undefined : new Set<number>(options.quadClasses),
  minMentions: options.minMentions,
  domainGuards: options.domainGuards,
  placeBlocks: options.actorGeoFallback ? PLACE_BLOCKS_WITH_ACTORS : PLACE_BLOCKS,
});

export type RowFilters = ReturnType<typeof rowFilters>;

const skip = (position: Position, reason: string): ParsedItem => ({ kind: "skip", position, reason });

/**
 * Turns one row of a known layout into an event, a diagnostic or a counted skip. Cheap checks come first: a row
 * outside the domain is skipped once its id and code are read, a row failing its code's guard once its actors are,
 * without reading (or checking) the rest.
 */
export const convertRow = (
  fields: readonly string[],
  layout: GdeltLayout,
  position: Position,
  filters: RowFilters,
): ParsedItem => {
  const row = new GdeltRow(fields, layout, position);
  const id = row.integer("GLOBALEVENTID", { min: 0, required: true });
  const code = readEventCode(row);
  if (row.problems.length > 0 || id === undefined || code === undefined) return diagnosticOf(row);

  const entry = cameoEntry(code);
  if (entry === undefined || !isMapping(entry)) return skip(position, skipReason(code));
  if (filters.codes !== undefined && !filters.codes.some((prefix) => code.startsWith(prefix))) {
    return skip(position, FILTERED.codes);
  }

  // The actors decide the guards, which most rows of mapped codes fail: they are read before the rest.
  const actor1 = readActor(row, 1);
  const actor2 = readActor(row, 2);
  if (row.problems.length > 0) return diagnosticOf(row);
  if (filters.domainGuards && !passesGuard(entry.guard, actor1, actor2)) {
    return skip(position, guardReason(code, entry.guard));
  }
  if (
    filters.countries !== undefined &&
    !filters.countries.has(actor1.iso2 ?? "") &&
    !filters.countries.has(actor2.iso2 ?? "")
  ) {
    return skip(position, FILTERED.actorCountries);
  }

  const date = readEventDay(row);
  const added = readDateAdded(row);
  const quadClass = row.integer("QuadClass", { min: 1, max: 4, required: true });
  const goldstein = row.decimal("GoldsteinScale", { min: -10, max: 10, required: true });
  const mentions = row.integer("NumMentions", { min: 0, required: true });
  const sources = row.integer("NumSources", { min: 0, required: true });
  const articles = row.integer("NumArticles", { min: 0, required: true });
  const tone = row.decimal("AvgTone", { min: -100, max: 100, required: true });
  const root = row.integer("IsRootEvent", { min: 0, max: 1, required: true });
  const place = filters.placeBlocks.reduce<ReturnType<typeof readPlace>>(
    (found, block) => found ?? readPlace(row, block),
    undefined,
  );
  if (row.problems.length > 0 || date === undefined) return diagnosticOf(row);

  const sqlDate = row.text("SQLDATE");
  if (filters.from !== undefined && sqlDate < filters.from) return skip(position, FILTERED.from);
  if (filters.to !== undefined && sqlDate > filters.to) return skip(position, FILTERED.to);
  if (filters.quadClasses !== undefined && !filters.quadClasses.has(quadClass as number)) {
    return skip(position, FILTERED.quadClasses);
  }
  if (filters.minMentions !== undefined && (mentions as number) < filters.minMentions) {
    return skip(position, FILTERED.minMentions);
  }

  const initiator = fillSlot(entry.initiator, actor1);
  const target = fillSlot(entry.target, actor2);
  const participants = [initiator.participant, target.participant].filter((p): p is Participant => p !== undefined);
  const source = readSource(row, added);
  const event = {
    id: `gdelt-${fields[layout.index.GLOBALEVENTID as number]}`,
    type: entry.type,
    date,
    ...(initiator.actor === undefined ? {} : { initiator: initiator.actor }),
    ...(target.actor === undefined ? {} : { target: target.actor }),
    ...(participants.length === 0 ? {} : { participants }),
    ...(place === undefined ? {} : { location: place.location }),
    sources: [source.citation],
    ...entry.fields,
    ext: {
      gdelt: {
        GLOBALEVENTID: id,
        version: layout.version,
        mappingVersion: CAMEO_MAPPING_VERSION,
        EventCode: code,
        EventBaseCode: row.text("EventBaseCode"),
        EventRootCode: row.text("EventRootCode"),
        QuadClass: quadClass,
        GoldsteinScale: goldstein,
        NumMentions: mentions,
        NumSources: sources,
        NumArticles: articles,
        AvgTone: tone,
        IsRootEvent: root === 1,
        ...(added === undefined ? {} : { DATEADDED: added.value }),
        ...actor1.ext,
        ...actor2.ext,
        ...place?.ext,
        ...(source.rawUrl === undefined ? {} : { SOURCEURL: source.rawUrl }),
      },
    },
  };
  return { kind: "event", event, position };
};

/** EventCode, checked against CAMEO and against EventBaseCode and EventRootCode (a shifted row breaks those). */
const readEventCode = (row: GdeltRow): string | undefined => {
  const code = row.text("EventCode");
  if (!CAMEO_CODE_PATTERN.test(code)) {
    return row.problem("TC_GDELT_BAD_CAMEO", "EventCode", `'${code}' is not a CAMEO code (2 to 4 digits)`);
  }
  if (!isCameoCode(code)) {
    return isCameoCode(`0${code}`)
      ? row.problem("TC_GDELT_BAD_CAMEO", "EventCode", `'${code}' has lost its leading zero (0${code})`)
      : row.problem("TC_GDELT_UNKNOWN_CAMEO", "EventCode", `'${code}' is not a CAMEO code`);
  }
  const base = row.text("EventBaseCode");
  const root = row.text("EventRootCode");
  if (base !== code.slice(0, 3) || root !== code.slice(0, 2)) {
    return row.problem(
      "TC_GDELT_BAD_CAMEO",
      "EventCode",
      `'${code}' does not agree with EventBaseCode '${base}' and EventRootCode '${root}'`,
    );
  }
  return code;
};

const diagnosticOf = (row: GdeltRow): ParsedItem => ({
  kind: "diagnostic",
  diagnostic: mergeDiagnostics(row.problems, { position: row.position }),
});
