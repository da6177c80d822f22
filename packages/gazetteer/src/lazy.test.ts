import { describe, expect, it } from "vitest";
import { gazetteer, isLoaded } from "./index";

// Vitest gives each test file its own module registry, so this file sees the package as freshly imported.
describe("lazy loading", () => {
  it("builds nothing on import, and each index only when a lookup needs it", () => {
    expect(isLoaded("places")).toBe(false);
    expect(isLoaded("borders")).toBe(false);

    expect(gazetteer.countryOfDemonym("Polish")).toBe("PL");
    expect(gazetteer.lookupOrganization("FSB")?.country).toBe("RU");
    expect(gazetteer.countryPoint("FR")?.country).toBe("FR");
    expect(isLoaded("places")).toBe(false);
    expect(isLoaded("borders")).toBe(false);

    expect(gazetteer.countryAt(2.35, 48.85)).toBe("FR");
    expect(isLoaded("borders")).toBe(true);
    expect(isLoaded("places")).toBe(false);

    expect(gazetteer.lookupPlace("Seattle")?.country).toBe("US");
    expect(isLoaded("places")).toBe(true);
  });
});
