import { existsSync } from "node:fs";
import { countFile, exportFiles, formatCounts, samplesDir } from "./samples";

const dir = process.argv[2] ?? samplesDir();
if (!existsSync(dir)) {
  console.error(`no GDELT samples at ${dir} (hint: pass a folder, or set GDELT_SAMPLES_DIR)`);
  process.exit(2);
}
for (const path of exportFiles(dir)) {
  console.log(formatCounts(await countFile(path), await countFile(path, { collapse: true })));
}
