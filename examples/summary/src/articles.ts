import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { coreRegistry, type Diagnostic, type EventBase, parseWith } from "@tradecraft/core";
import { gazetteer } from "@tradecraft/gazetteer";
import { textParser } from "@tradecraft/parser-text";
import { z } from "zod";

/** One entry of `articles.json`: the article's file (beside the index) and what its citation needs. */
export const ArticleEntrySchema = z.strictObject({
  file: z.string().min(1),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: z.url().optional(),
});
export type ArticleEntry = z.infer<typeof ArticleEntrySchema>;

export interface ArticleProblem {
  readonly file: string;
  readonly diagnostic: Diagnostic;
}

export interface Articles {
  readonly articles: readonly ArticleEntry[];
  readonly events: readonly EventBase[];
  /** Input problems of the index or of an article (a bad entry, text that is not UTF-8 ...), with the file. */
  readonly problems: readonly ArticleProblem[];
}

/**
 * Reads the index and runs the text parser over every article it lists, with the article's publication date (which
 * anchors "on Friday") and citation, and the offline gazetteer. A file that cannot be read throws: the job's exit 3.
 */
export const readArticles = async (indexPath: string): Promise<Articles> => {
  const index = z.array(z.unknown()).safeParse(JSON.parse(await readFile(indexPath, "utf8")));
  if (!index.success) throw new Error(`${indexPath} is not a JSON array of articles`);
  const articles: ArticleEntry[] = [];
  const events: EventBase[] = [];
  const problems: ArticleProblem[] = [];
  for (const [record, raw] of index.data.entries()) {
    const entry = ArticleEntrySchema.safeParse(raw);
    if (!entry.success) {
      const message = entry.error.issues.map((i) => `${i.path.join(".") || "entry"}: ${i.message}`).join("; ");
      problems.push({
        file: indexPath,
        diagnostic: {
          code: "TC_ARTICLE_ENTRY",
          severity: "error",
          message: `entry ${record + 1}: ${message}`,
          hint: "Each entry needs file, published (YYYY-MM-DD), publisher and title; url is optional.",
          position: { record },
        },
      });
      continue;
    }
    const { file, ...citation } = entry.data;
    articles.push(entry.data);
    const text = await readFile(join(dirname(indexPath), file));
    for await (const item of parseWith(coreRegistry, textParser, text, citation, { gazetteer })) {
      if (item.kind === "event") events.push(item.event);
      else if (item.kind === "diagnostic") problems.push({ file, diagnostic: item.diagnostic });
    }
  }
  return { articles, events, problems };
};
