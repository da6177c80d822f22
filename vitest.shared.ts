import { defineProject } from "vitest/config";

/** Tests run against the packages' sources through the `@tradecraft/source` export condition, so no build is needed first. */
export const projectConfig = (name: string) =>
  defineProject({
    ssr: { resolve: { conditions: ["@tradecraft/source", "module", "node", "development|production"] } },
    test: {
      name,
      environment: "node",
      typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "**/*.test-d.ts"] },
    },
  });
