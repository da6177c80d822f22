/**
 * What the page draws, one mark per input feature: an event (a marker, or a line in the "not on the map" list when
 * it has no point) or a flow (an initiator -> target line). Marks are small on purpose: the page carries only what
 * the popups, the legend and the date filter use, not every column of the feature. Optional fields may hold
 * undefined: JSON.stringify leaves them out of the page.
 */

/** `[longitude, latitude]`, as in GeoJSON. */
export type LonLat = [lon: number, lat: number];

export interface SourceRef {
  readonly label: string;
  /** Only http(s) addresses: anything else (javascript:, data:) is shown as text, never linked. */
  readonly url?: string | undefined;
}

export interface EventMark {
  readonly kind: "event";
  readonly id: string;
  readonly type: string;
  /** Where the marker goes; null when nothing placed the event. */
  readonly at: LonLat | null;
  /** True when the point is a gazetteer's (a city or country centre), not the event's own coordinates. */
  readonly placed: boolean;
  readonly date?: string | undefined;
  /** First and last day the date can mean, as days since 1970-01-01 (absent when unknown or open). */
  readonly start?: number | undefined;
  readonly end?: number | undefined;
  readonly initiator?: string | undefined;
  readonly target?: string | undefined;
  readonly count?: number | undefined;
  readonly summary?: string | undefined;
  readonly place?: string | undefined;
  readonly sources: readonly SourceRef[];
}

export interface FlowMark {
  readonly kind: "flow";
  /** The event the flow belongs to. */
  readonly id: string;
  readonly type: string;
  readonly lines: readonly (readonly LonLat[])[];
  /** False for symmetric types (talks, prisoner exchanges): drawn without an arrowhead. */
  readonly directed: boolean;
  readonly start?: number | undefined;
  readonly end?: number | undefined;
}

export type Mark = EventMark | FlowMark;

/** Everything the page needs besides the marks, written after them (so counts and problems are known). */
export interface PageMeta {
  readonly title: string;
  /** The initial date window, as days since 1970-01-01. */
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  /** Input records that are not drawn, with why. */
  readonly problems: readonly Problem[];
}

/** An input record the page cannot draw as it is, listed in the page (severity "error") or drawn with a caveat. */
export interface Problem {
  readonly record: number;
  readonly severity: "error" | "warning";
  readonly code: string;
  readonly message: string;
  readonly hint?: string | undefined;
}
