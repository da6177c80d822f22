import { toJsonSchema } from "@tradecraft/core";
import { Command } from "commander";
import { loadRegistry } from "../plugins";
import { type Cli, type CommonFlags, commonOptions, examples, writeOutput } from "../session";

/** `tradecraft schema`: the JSON Schema of every registered event type (plugins' included). */
export const schemaCommand = (cli: Cli): Command =>
  commonOptions(
    new Command("schema").description("print the JSON Schema of the events (with the types of any --plugin)"),
    "the schema's file (written atomically); standard output without it",
  )
    .addHelpText(
      "after",
      examples([
        "tradecraft schema > tradecraft.schema.json",
        "tradecraft schema --plugin ./acme-plugin.js -o acme.schema.json",
      ]),
    )
    .action(async (flags: CommonFlags) => {
      const registry = await loadRegistry(flags.plugin, cli.cwd);
      const text = `${JSON.stringify(toJsonSchema(registry), null, 2)}\n`;
      await writeOutput(cli, flags.output, (output) => output.write(text));
    });
