import { acmeSanctions } from "./sanctions-designation";

/**
 * The plugin entry the command line loads: `tradecraft import designations.ndjson --plugin
 * @tradecraft/example-extend-schema/plugin` (or the path of `dist/plugin.js`). Its default export is the plugin.
 */
export default acmeSanctions;
export { acmeSanctions as plugin };
