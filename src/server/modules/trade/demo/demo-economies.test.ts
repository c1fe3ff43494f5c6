import { describe, expect, it } from "vitest";
import { affinityOf, loadDemoEconomies, turnoverPath } from "./demo-economies";

describe("demo economies", () => {
  it("interpolates reported turnover between stated years and holds it flat outside them", () => {
    const path = turnoverPath(
      new Map([
        [2018, 60],
        [2020, 40],
      ]),
      [2016, 2018, 2019, 2020, 2022],
    );
    expect([...path.values()]).toEqual([60, 60, 50, 40, 40]);
  });

  it("takes the strongest tie between two economies", () => {
    const economies = loadDemoEconomies();
    expect(affinityOf(economies, "TJ", "KG")).toBe(3);
    expect(affinityOf(economies, "DE", "CN")).toBe(1);
  });

  it("lists only HS 2022 subheadings the nomenclature has", async () => {
    const { loadReferenceData } = await import("../../directory");
    const hs = loadReferenceData().hs;
    const economies = loadDemoEconomies();
    const codes = [...economies.economies.flatMap((e) => e.specialities), ...economies.regions.flatMap((r) => [...r.specialities, ...r.imports_from])].map(
      ([code]) => code,
    );
    expect(codes.filter((code) => hs.get(code)?.level !== 6)).toEqual([]);
  });
});
