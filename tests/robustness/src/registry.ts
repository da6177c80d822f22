/** The registry the tests use: the core types plus an extension type, so that plugins' types are covered too. */
export { registry } from "../../../examples/extend-schema/src/sanctions-designation";
