import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CommandUsageError } from "./command-flags";
import { runTradeCommand } from "./trade-command";

const root = path.resolve(import.meta.dirname, "../../..");
let dir: string;
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "hamkori-trade-cli-"));
  vi.stubEnv("HAMKORI_DATA_DIR", path.join(dir, "var"));
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("hamkori trade complexity", () => {
  it("reproduces the Growth Lab's reference rows from the validation sample", { timeout: 20_000 }, async () => {
    const out = path.join(dir, "complexity.csv");
    expect(await runTradeCommand(["complexity", "--input", path.join(root, "data/validation/complexity_trade_sample.csv"), "--out", out])).toBe(0);
    const [header, ...rows] = fs
      .readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((line) => line.split(","));
    expect(header).toEqual(["year", "origin", "hs92", "export_val", "rca", "M", "density", "eci", "pci", "diversity", "ubiquity", "coi", "cog"]);
    expect(rows).toHaveLength(600); // 10 locations × 30 products × 2 years
    const [expectedHeader, ...expected] = fs
      .readFileSync(path.join(root, "data/validation/expected-1995.csv"), "utf8")
      .trim()
      .split("\n")
      .map((line) => line.split(","));
    for (const reference of expected) {
      const ours = rows.find((r) => r[0] === reference[0] && r[1] === reference[1] && r[2] === reference[2]);
      for (const name of ["rca", "M", "density", "eci", "pci", "diversity", "ubiquity", "coi", "cog"]) {
        const want = Number(reference[expectedHeader.indexOf(name)]);
        const got = Number(ours?.[header.indexOf(name)]);
        if (want === 0) expect(Math.abs(got)).toBeLessThanOrEqual(1e-9);
        else expect(Math.abs(got - want) / Math.abs(want), `${reference[1]} ${reference[2]} ${name}`).toBeLessThanOrEqual(1e-6);
      }
    }
  });

  it("names the line of a bad value and the header it expected", async () => {
    const negative = write("negative.csv", "year,origin,hs92,export_val\n1995,aut,1704,1\n1995,aut,1806,-5\n");
    await expect(runTradeCommand(["complexity", "--input", negative])).rejects.toThrow("negative.csv: line 3: export_val is negative");
    const text = write("text.csv", "year,origin,hs92,export_val\n1995,aut,1704,1\n1995,aut,1806,abc\n");
    await expect(runTradeCommand(["complexity", "--input", text])).rejects.toThrow(/text.csv: line 3: .*abc/);
    const header = write("header.csv", "year,origin,hs92\n1995,aut,1704\n");
    await expect(runTradeCommand(["complexity", "--input", header])).rejects.toThrow("line 1: expected the header year,origin,hs92,export_val");
    const tiny = write("tiny.csv", "year,origin,hs92,export_val\n1995,aut,1704,1\n");
    await expect(runTradeCommand(["complexity", "--input", tiny])).rejects.toThrow("year 1995: Economic complexity needs at least two locations");
    await expect(runTradeCommand(["complexity", "--inptu", "x"])).rejects.toBeInstanceOf(CommandUsageError);
    await expect(runTradeCommand(["complexity"])).rejects.toThrow("--input FILE is required");
  });
});

describe("hamkori trade import and export", () => {
  it("imports a regional file, lists its bad line, and writes the dataset back as Parquet", { timeout: 20_000 }, async () => {
    const file = write(
      "tatarstan.csv",
      "region,partner,year,flow,hs,value_usd,quantity_kg\nRU-TA,TJ,2024,export,870423,1000,10\nRU-TA,TJ,2024,export,87042,5,1\nRU-TA,TJ,2024,import,081310,400,100\n",
    );
    const errors = vi.mocked(console.error);
    errors.mockClear();
    expect(await runTradeCommand(["import", "--format", "regional", "--name", "Tatarstan", "--version", "2024", "--max-rejected", "0.5", file])).toBe(0);
    expect(errors.mock.calls.flat().join("\n")).toContain("tatarstan.csv: line 3: malformed HS code");
    const parquet = path.join(dir, "tatarstan.parquet");
    expect(await runTradeCommand(["export", "--dataset", "Tatarstan", "--out", parquet])).toBe(0);
    expect(fs.readFileSync(parquet).subarray(0, 4).toString()).toBe("PAR1");
    // The export is in the regional layout, so it reads back in.
    const logs = vi.mocked(console.log);
    logs.mockClear();
    expect(await runTradeCommand(["import", "--format", "regional", "--name", "Round trip", "--version", "1", parquet])).toBe(0);
    expect(logs.mock.calls.flat().join("\n")).toContain("Imported Round trip 1: 2 rows (0 rejected)");
  });

  it("refuses a file with too many bad rows and bad flags, naming them", async () => {
    const file = write("bad.csv", "region,partner,year,flow,hs,value_usd,quantity_kg\nRU-TA,XX,2024,export,870423,1000,10\n");
    expect(await runTradeCommand(["import", "--format", "regional", "--name", "Tatarstan", "--version", "2025", file])).toBe(1);
    await expect(runTradeCommand(["import", "--format", "csv", "--name", "X", "--version", "1", file])).rejects.toThrow("--format should be one of");
    await expect(runTradeCommand(["import", "--format", "regional", "--name", "X", "--version", "1", "--max-rejected", "2", file])).rejects.toThrow(
      "--max-rejected should be a share between 0 and 1",
    );
    await expect(runTradeCommand(["import", "--format", "regional", "--version", "1", file])).rejects.toThrow("Option --name");
    await expect(runTradeCommand(["import", "--format", "regional", "--name", "X", "--version", "1"])).rejects.toThrow("Name at least one FILE");
    await expect(runTradeCommand(["export", "--dataset", "Nope", "--out", path.join(dir, "x.parquet")])).rejects.toThrow('No flows dataset named "Nope"');
  });
});
