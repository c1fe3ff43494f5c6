import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { computeComplexity } from "./complexity";
import type { ExportObservation } from "./types";

const validation = path.resolve(import.meta.dirname, "../../../data/validation");
const csv = (file: string) =>
  fs
    .readFileSync(path.join(validation, file), "utf8")
    .trim()
    .split("\n")
    .map((line) => line.split(","));

/** Relative error, or absolute where the reference is exactly 0. */
const closeTo = (actual: number, expected: number) => (expected === 0 ? Math.abs(actual) <= 1e-9 : Math.abs(actual - expected) / Math.abs(expected) <= 1e-6);

describe("economic complexity against the Growth Lab's reference outputs", () => {
  const [, ...sample] = csv("complexity_trade_sample.csv");
  const rowsOf = (year: string): ExportObservation[] =>
    sample.filter((r) => r[0] === year).map((r) => ({ location: r[1], product: r[2], value: Number(r[3]) }));
  const [header, ...expected] = csv("expected-1995.csv");
  const result = computeComplexity(rowsOf("1995"));

  for (const row of expected) {
    const reference = Object.fromEntries(header.map((name, i) => [name, row[i]]));
    it(`${reference.origin} ${reference.hs92}: every published value to a relative error of 1e-6`, () => {
      const cell = result.cells.find((c) => c.location === reference.origin && c.product === reference.hs92);
      const location = result.locations.find((l) => l.location === reference.origin);
      const product = result.products.find((p) => p.product === reference.hs92);
      const ours: Record<string, number | undefined> = {
        rca: cell?.rca,
        M: cell?.m,
        density: cell?.density,
        eci: location?.eci,
        pci: product?.pci,
        diversity: location?.diversity,
        ubiquity: product?.ubiquity,
        coi: location?.coi,
        cog: cell?.cog,
      };
      for (const [name, value] of Object.entries(ours)) {
        expect(value, name).toBeDefined();
        expect(closeTo(value as number, Number(reference[name])), `${name}: ${value} vs ${reference[name]}`).toBe(true);
      }
    });
  }

  it("writes the long table: every location with every product", () => {
    expect(result.cells).toHaveLength(result.locations.length * result.products.length);
    expect(result.locations).toHaveLength(10);
  });

  it("standardises ECI to mean 0 over locations and keeps M where RCA ≥ 1", () => {
    const mean = result.locations.reduce((sum, l) => sum + l.eci, 0) / result.locations.length;
    expect(Math.abs(mean)).toBeLessThan(1e-12);
    expect(result.cells.every((c) => c.m === (c.rca >= 1 ? 1 : 0))).toBe(true);
    // Complexity outlook gain is only for products not yet exported with advantage.
    expect(result.cells.filter((c) => c.m === 1).every((c) => c.cog === 0)).toBe(true);
  });

  it("drops locations and products with no exports at all", () => {
    const withEmpty = computeComplexity([...rowsOf("1996"), { location: "zzz", product: "0101", value: 0 }, { location: "aut", product: "9999", value: 0 }]);
    expect(withEmpty.locations.some((l) => l.location === "zzz")).toBe(false);
    expect(withEmpty.products.some((p) => p.product === "9999")).toBe(false);
  });

  it("does not depend on the order of the rows", () => {
    const shuffled = computeComplexity([...rowsOf("1995")].reverse());
    expect(shuffled.locations.map((l) => l.eci)).toEqual(result.locations.map((l) => l.eci));
  });
});
