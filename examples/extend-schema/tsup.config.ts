import { libraryConfig } from "../../tsup.shared";

/** Only the plugin entry is built: the command line imports `dist/plugin.js`; the rest runs from source with tsx. */
export default libraryConfig({ entry: ["src/plugin.ts"], format: ["esm"], dts: false });
