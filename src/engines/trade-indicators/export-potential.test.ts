import { describe, expect, it } from "vitest";
import { exportPotential, PROJECTION_YEARS } from "./export-potential";

const values = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("export potential", () => {
  const base = {
    // The exporter holds 10 % of the world market in silk and 1 % in cotton, and sells 100 in all.
    exporterExports: values({ silk: 50, cotton: 50 }),
    worldExports: values({ silk: 500, cotton: 5000, cars: 10000 }),
    marketImports: values({ silk: 200, cotton: 1000, cars: 3000 }),
    growthYears: 3,
    exporterTotal: 100,
    worldTotal: 15500,
  };

  it("spreads what the exporter already sells the market over the products its shares predict", () => {
    // Expected at world shares: 0.1 × 200 + 0.01 × 1000 = 30; it actually sells 30, so ease is 1.
    const rows = exportPotential({ ...base, bilateral: values({ cotton: 30 }) });
    const silk = rows.find((r) => r.product === "silk");
    const cotton = rows.find((r) => r.product === "cotton");
    expect(silk).toMatchObject({ ease: 1, actual: 0 });
    expect(silk?.potential).toBeCloseTo(20, 10);
    expect(silk?.untapped).toBeCloseTo(20, 10);
    expect(cotton?.potential).toBeCloseTo(10, 10);
    expect(cotton?.untapped).toBe(0); // sells 30 where 10 was expected: nothing untapped
    expect(rows.some((r) => r.product === "cars")).toBe(false); // never exported: no supply
  });

  it("grows demand with the market's recent trend, within bounds", () => {
    const rows = exportPotential({ ...base, bilateral: values({ silk: 20, cotton: 10 }), marketImportsBefore: values({ silk: 100, cotton: 1000 }) });
    const silk = rows.find((r) => r.product === "silk");
    const yearly = Math.min(0.3, 2 ** (1 / 3) - 1);
    expect(silk?.demand).toBeCloseTo(200 * (1 + yearly) ** PROJECTION_YEARS, 8);
    expect(rows.find((r) => r.product === "cotton")?.demand).toBeCloseTo(1000, 8);
  });

  it("lowers the potential where trade with the market is harder than shares predict", () => {
    const easy = exportPotential({ ...base, bilateral: values({ cotton: 30 }) }).find((r) => r.product === "silk");
    const hard = exportPotential({ ...base, bilateral: values({ cotton: 3 }) }).find((r) => r.product === "silk");
    expect(hard?.ease).toBeCloseTo(0.1, 10);
    expect(hard?.potential).toBeCloseTo((easy?.potential ?? 0) / 10, 10);
  });
});
