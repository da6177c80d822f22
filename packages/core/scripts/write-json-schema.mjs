// Writes the JSON Schema of the core registry next to the build, from the built package itself.
import { mkdirSync, writeFileSync } from "node:fs";
import { coreRegistry, toJsonSchema } from "../dist/index.js";

const target = new URL("../schema/tradecraft.schema.json", import.meta.url);
mkdirSync(new URL(".", target), { recursive: true });
writeFileSync(target, `${JSON.stringify(toJsonSchema(coreRegistry), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
