import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TTradeImportOptions } from "../../../../contracts/trade";
import { type AnalyticsStore, createAnalyticsStore } from "../../../platform/duckdb";
import { listDatasets } from "../catalog.repository";
import { importTradeFiles } from "./import-trade";

const JURISDICTIONS = new Set(["TJ", "KG", "RU", "RU-TA", "KZ", "CN", "DE"]);
let dir: string;
let store: AnalyticsStore;

const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return { path: file, label: name };
};
const options = (overrides: Partial<TTradeImportOptions>): TTradeImportOptions => ({
  format: "baci",
  name: "World",
  version: "1",
  hsRevision: "HS22",
  licence: "",
  synthetic: false,
  maxRejectedShare: 0.9,
  ...overrides,
});
const run = (files: { path: string; label: string }[], overrides: Partial<TTradeImportOptions>) =>
  importTradeFiles(store, { files, options: options(overrides), jurisdictions: JURISDICTIONS }, () => {});
const rowsOf = async (name: string) => {
  const dataset = (await listDatasets(store)).find((d) => d.name === name);
  return dataset
    ? store
        .query<Record<string, unknown>>(`SELECT * EXCLUDE (exporter_code, importer_code) FROM "${dataset.tableName}" ORDER BY year, exporter, hs`)
        .catch(() => store.query<Record<string, unknown>>(`SELECT * FROM "${dataset.tableName}" ORDER BY year, exporter, hs`))
    : [];
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "hamkori-trade-import-"));
  store = createAnalyticsStore(dir);
});
afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("importing BACI files", () => {
  it("keeps leading zeros, converts thousands of USD and tonnes, and names every bad line", async () => {
    const flows = write(
      "BACI_HS22_Y2022.csv",
      "t,i,j,k,v,q\n2022,762,417,500200,12.5,1.2\n2022,762,417,500200,12.5\n2022,999,417,500200,3,\n2022,762,643,090111,4.1,NA\n2022,762,643,90111,4.1,NA\n2022,762,643,090111,abc,NA\n2022,762,643,090111,-1,NA\n2022,417,762,720810,100,5\n",
    );
    const report = await run([flows], {});
    expect(report.status).toBe("imported");
    expect(report.rowsRead).toBe(8);
    expect(report.rowsImported).toBe(3);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, "wrong column count: 5 instead of 6"],
      [4, 'unknown exporter code "999"'],
      [6, 'malformed HS code "90111" (6 digits expected; was its leading zero lost?)'],
      [7, "v: Could not convert string \"abc\" to 'DOUBLE'"],
      [8, "negative value (-1000.0 USD)"],
    ]);
    const rows = await rowsOf("World");
    expect(rows.map((r) => [r.exporter, r.importer, r.hs, r.value_usd, r.quantity_kg])).toEqual([
      ["KG", "TJ", "720810", 100_000, 5_000],
      ["TJ", "RU", "090111", 4_100, null],
      ["TJ", "KG", "500200", 12_500, 1_200],
    ]);
  });

  it("maps codes through BACI's own country file and checks products against its product file", async () => {
    const flows = write("flows.csv", "t,i,j,k,v,q\n2021,9001,417,500200,1,1\n2021,762,417,999999,1,1\n");
    const countries = write(
      "country_codes_V202401.csv",
      "country_code,country_name,country_iso2,country_iso3\n9001,Test land,DE,DEU\n762,Tajikistan,TJ,TJK\n417,Kyrgyzstan,KG,KGZ\n",
    );
    const products = write("product_codes_HS22_V202401.csv", 'code,description\n500200,"Raw silk"\n');
    const report = await run([products, flows, countries], { name: "Coded" });
    expect(report.rejected).toEqual([{ file: "flows.csv", line: 3, reason: 'HS code "999999" is not in the product list' }]);
    expect((await rowsOf("Coded")).map((r) => r.exporter)).toEqual(["DE"]);
  });

  it("numbers lines per file when a release comes as one file per year", async () => {
    const y1 = write("y1.csv", "t,i,j,k,v,q\n2020,762,417,500200,1,1\n2020,762,417,5002,1,1\n");
    const y2 = write("y2.csv", "t,i,j,k,v,q\n2021,762,417,500200,1\n2021,762,417,500200,1,1\n2021,762,417,500200,-2,1\n");
    const report = await run([y1, y2], { name: "Two years" });
    expect(report.rejected.map((r) => `${r.file}:${r.line}`)).toEqual(["y1.csv:3", "y2.csv:2", "y2.csv:4"]);
    expect(report.rowsImported).toBe(2);
  });
});

describe("replacing a dataset", () => {
  it("swaps in a new version whole, and a refused one leaves the old version as it was", async () => {
    const regional = (rows: string) => write(`regional-${Math.random()}.csv`, `region,partner,year,flow,hs,value_usd,quantity_kg\n${rows}`);
    const first = await run([regional("RU-TA,TJ,2023,export,870423,1000,10\nRU-TA,TJ,2023,import,081310,500,100\n")], {
      format: "regional",
      name: "Tatarstan",
      version: "2023",
    });
    expect(first.status).toBe("imported");
    const second = await run([regional("RU-TA,TJ,2024,export,870423,2000,10\n")], { format: "regional", name: "Tatarstan", version: "2024" });
    expect(second.status).toBe("imported");
    expect((await rowsOf("Tatarstan")).map((r) => [r.year, r.exporter, r.importer, r.reporter])).toEqual([[2024, "RU-TA", "TJ", "RU-TA"]]);

    const refused = await run([regional("RU-TA,XX,2025,export,870423,1,1\nRU-TA,TJ,2025,sideways,870423,1,1\nRU-TA,TJ,2025,export,870423,5,1\n")], {
      format: "regional",
      name: "Tatarstan",
      version: "2025",
      maxRejectedShare: 0.1,
    });
    expect(refused.status).toBe("refused");
    expect(refused.reason).toMatch(/2 of 3 rows were rejected/);
    expect(refused.rejected.map((r) => r.reason)).toEqual(['unknown importer code "XX"', 'unknown flow "sideways" (export or import expected)']);
    const datasets = await listDatasets(store);
    expect(datasets.find((d) => d.name === "Tatarstan")?.version).toBe("2024");
    expect(await rowsOf("Tatarstan")).toHaveLength(1);
    // Only the current version's tables remain: its flows and their importer-ordered copy.
    const current = datasets.find((d) => d.name === "Tatarstan");
    const tables = await store.query<{ name: string }>("SELECT table_name AS name FROM duckdb_tables() WHERE table_name LIKE 'flows_tatarstan%' ORDER BY 1");
    expect(tables.map((t) => t.name)).toEqual([current?.tableName, current?.importerOrdered]);
  });

  it("keeps each version's flows in importer order too, with the same sums by importer", async () => {
    const file = write(
      "BACI_HS22_Y2023.csv",
      "t,i,j,k,v,q\n2023,762,417,500200,1,1\n2023,417,762,720810,2,1\n2023,643,417,500200,4,1\n2023,762,643,090111,8,1\n",
    );
    expect((await run([file], { name: "Ordered" })).status).toBe("imported");
    const dataset = (await listDatasets(store)).find((d) => d.name === "Ordered");
    const sums = (table: string, hs: string) =>
      store.query(`SELECT importer::VARCHAR AS importer, ${hs} AS hs, sum(value_usd)::DOUBLE AS value FROM "${table}" GROUP BY ALL ORDER BY ALL`);
    expect(dataset?.importerOrdered).toBeTruthy();
    const ordered = await sums(dataset?.importerOrdered as string, "lpad(hs::VARCHAR, 6, '0')");
    expect(ordered).toEqual(await sums(dataset?.tableName as string, "hs"));
    expect(ordered).toContainEqual({ importer: "KG", hs: "500200", value: 5000 });
  });

  it("refuses a file whose header is not the layout, naming the missing columns", async () => {
    const file = write("wrong.csv", "region,partner,year,hs,value_usd\nRU-TA,TJ,2023,870423,1\n");
    await expect(run([file], { format: "regional", name: "Wrong" })).rejects.toThrow("wrong.csv: line 1: missing columns flow, quantity_kg");
    expect((await listDatasets(store)).some((d) => d.name === "Wrong")).toBe(false);
  });
});

describe("importing Comtrade and Parquet files", () => {
  it("reads both sides' reports, skipping World and total lines", async () => {
    const file = write(
      "comtrade.csv",
      "refYear,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,cmdCode,primaryValue,netWgt\n2023,762,TJK,X,417,KGZ,081310,1000,50\n2023,417,KGZ,M,762,TJK,081310,1100,50\n2023,762,TJK,X,0,W00,TOTAL,5000,\n2023,762,TJK,X,417,KGZ,08,1000,\n2023,762,TJK,Q,417,KGZ,081310,1,1\n",
    );
    const report = await run([file], { format: "comtrade", name: "Reports" });
    expect(report.rowsImported).toBe(2);
    expect(report.rowsRejected).toBe(0);
    expect((await rowsOf("Reports")).map((r) => [r.reporter, r.exporter, r.importer, r.value_usd])).toEqual([
      ["TJ", "TJ", "KG", 1000],
      ["KG", "TJ", "KG", 1100],
    ]);
  });

  it("takes Parquet in the same layout", async () => {
    const parquet = path.join(dir, "regional.parquet");
    await store.query(
      `COPY (SELECT * FROM (VALUES ('RU-TA', 'CN', '2024', 'import', '847989', '250000', '900')) t(region, partner, year, flow, hs, value_usd, quantity_kg)) TO '${parquet}' (FORMAT parquet)`,
    );
    const report = await run([{ path: parquet, label: "regional.parquet" }], { format: "regional", name: "From Parquet" });
    expect(report.rowsImported).toBe(1);
    expect((await rowsOf("From Parquet"))[0]).toMatchObject({ exporter: "CN", importer: "RU-TA", hs: "847989", value_usd: 250000 });
  });
});
