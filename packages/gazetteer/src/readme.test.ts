import { expect, it } from "vitest";
import { runReadmeExample } from "../../../scripts/readme-example";

it("runs the README's example as printed, against the built package", () => {
  const { printed, expected } = runReadmeExample(new URL("..", import.meta.url));
  expect(expected.length).toBeGreaterThan(0);
  expect(printed).toEqual(expected);
});
