import type { DateAdded } from "./dates";
import type { Citation } from "./model";
import type { GdeltRow } from "./row";

/** Who is cited when a row names no report: the 1.0 historical backfile has no SOURCEURL. */
export const GDELT_PUBLISHER = "GDELT Project";

/** The row's citation, and SOURCEURL as written when it could not become the citation's URL. */
export interface GdeltSource {
  readonly citation: Citation;
  readonly rawUrl?: string;
}

const httpUrl = (text: string): URL | undefined => {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" ? url : undefined;
  } catch {
    return undefined;
  }
};

/**
 * SOURCEURL becomes the citation: its URL, its host as the publisher (`www.` dropped) and, for GDELT 2.0, DATEADDED
 * as the published instant (GDELT adds a row within 15 minutes of finding the article, so it is the closest
 * thing to one the row has). GDELT writes a few non-web sources as text ("BBC Monitoring"): that text is the
 * publisher. A SOURCEURL that tries to be a URL and is not one never loses the row: the citation names GDELT and
 * `ext.gdelt.SOURCEURL` keeps the text.
 */
export const readSource = (row: GdeltRow, added: DateAdded | undefined): GdeltSource => {
  const text = row.text("SOURCEURL").trim();
  const published = added?.instant === undefined ? {} : { published: added.instant };
  if (text === "") return { citation: { publisher: GDELT_PUBLISHER } };
  const url = httpUrl(text);
  if (url !== undefined)
    return { citation: { url: text, publisher: url.hostname.replace(/^www\./, ""), ...published } };
  if (/^[a-z][a-z0-9+.-]*:|^www\.|[/\\]/i.test(text)) return { citation: { publisher: GDELT_PUBLISHER }, rawUrl: text };
  return { citation: { publisher: text, ...published } };
};
