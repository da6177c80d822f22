import { Command } from "commander";
import { readEvents } from "../read-events";
import { type Cli, type CommonFlags, commonOptions, examples, finish, openSession, writeOutput } from "../session";

interface MapFlags extends CommonFlags {
  readonly inputFormat?: string;
  readonly title?: string;
  readonly from?: string;
  readonly to?: string;
}

/** `tradecraft map`: one self-contained, offline HTML page with the events, their arrows and a date slider. */
export const mapCommand = (cli: Cli): Command =>
  commonOptions(
    new Command("map")
      .description(
        "draw the events on a self-contained offline HTML map page (markers, initiator-to-target arrows, date sliders)",
      )
      .argument("[file]", "the input file, or - (or nothing) for standard input")
      .option("--title <title>", "the page's title and heading", "Tradecraft events")
      .option("--from <date>", "the date the page's window opens at (EDTF: 2022, 2022-03, 2022-03-05)")
      .option("--to <date>", "the date the window closes at (EDTF; 2022 keeps all of 2022)")
      .option(
        "--input-format <format>",
        "the input's format (ndjson, json, csv, gdelt, text, or a plugin's parser); detected when absent",
      ),
    "the page's file (written atomically), such as map.html; standard output without it",
  )
    .addHelpText(
      "after",
      examples([
        "tradecraft map events.ndjson -o map.html",
        'tradecraft map dataset.json --title "Expulsions 2022" --from 2022 --to 2022 -o expulsions.html',
      ]),
    )
    .action(async (file: string | undefined, flags: MapFlags) => {
      const session = await openSession(cli, file, flags, flags.inputFormat);
      const { registry, gazetteer, tally } = session;
      const notice = (diagnostic: Parameters<typeof tally.diagnostic>[0]) =>
        tally.diagnostic({
          ...diagnostic,
          severity: diagnostic.severity === "error" ? "warning" : diagnostic.severity,
        });
      const [{ geoJsonFeatures }, { renderMap }] = await Promise.all([
        import("@tradecraft/exporter-geojson"),
        import("@tradecraft/map"),
      ]);
      await writeOutput(cli, flags.output, async (output) => {
        const source = await readEvents(session.input, session.format, { registry, gazetteer, tally });
        const features = geoJsonFeatures(source.events, {
          flows: true,
          gazetteer,
          registry,
          onDiagnostic: notice,
          ...(source.dataset?.entities ? { entities: source.dataset.entities } : {}),
        });
        const page = renderMap(features, {
          ...(flags.title === undefined ? {} : { title: flags.title }),
          ...(flags.from === undefined ? {} : { from: flags.from }),
          ...(flags.to === undefined ? {} : { to: flags.to }),
          onDiagnostic: notice,
        });
        for await (const chunk of page) await output.write(chunk);
      });
      finish(cli, session);
    });
