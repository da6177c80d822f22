import { libraryConfig } from "../../tsup.shared";

// The data modules are long string literals: keep their text out of the source maps (which point at src/)
// and keep non-ASCII names as UTF-8 rather than \u escapes, which would make the bundles larger.
export default libraryConfig({
  esbuildOptions(options) {
    options.sourcesContent = false;
    options.charset = "utf8";
  },
});
