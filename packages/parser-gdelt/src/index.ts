export * from "./cameo";
export * from "./cameo-mapping";
export * from "./columns";
export * from "./fips";
