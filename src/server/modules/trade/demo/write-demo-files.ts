import fs from "node:fs";
import path from "node:path";
import { createRandom } from "../../../../engines/scheduling";
import type { CountryCodeBook } from "../imports/country-codes";
import { quantityKgOf } from "./demo-amounts";
import type { DemoEconomies } from "./demo-economies";
import type { DemoFlow } from "./generate-demo-trade";

// The book maps codes to alpha-2; the files need the way back, once per row, so it is built once.
const reversed = new WeakMap<CountryCodeBook, { alpha3: Map<string, string>; numeric: Map<string, number> }>();
function reverseOf(book: CountryCodeBook) {
  let found = reversed.get(book);
  if (!found) {
    const firstOf = <K>(entries: Iterable<[K, string]>) => {
      const back = new Map<string, K>();
      for (const [code, alpha2] of entries) if (!back.has(alpha2)) back.set(alpha2, code);
      return back;
    };
    found = { alpha3: firstOf(book.byAlpha3), numeric: firstOf(book.byNumeric) };
    reversed.set(book, found);
  }
  return found;
}
const alpha3Of = (book: CountryCodeBook, alpha2: string) => reverseOf(book).alpha3.get(alpha2) ?? alpha2;
const numericOf = (book: CountryCodeBook, alpha2: string) => reverseOf(book).numeric.get(alpha2) ?? 0;

async function writeLines(file: string, header: string, lines: Iterable<string>) {
  const out = fs.createWriteStream(file);
  out.write(`${header}\n`);
  let chunk = "";
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await new Promise((resolve) => out.once("drain", resolve));
      chunk = "";
    }
  }
  await new Promise<void>((resolve, reject) => out.end(chunk, () => resolve()).on("error", reject));
}

/** The world flows as a BACI release: flows (thousand USD, tonnes), country codes and product codes. */
export async function writeBaciFiles(directory: string, flows: DemoFlow[], book: CountryCodeBook, products: Map<string, string>) {
  const random = createRandom(11);
  const files = {
    flows: path.join(directory, "BACI_HS22_synthetic.csv"),
    countries: path.join(directory, "country_codes_synthetic.csv"),
    products: path.join(directory, "product_codes_HS22_synthetic.csv"),
  };
  await writeLines(
    files.flows,
    "t,i,j,k,v,q",
    flows.map(
      (f) =>
        `${f.year},${numericOf(book, f.exporter)},${numericOf(book, f.importer)},${f.hs},${(f.value / 1000).toFixed(3)},${random() < 0.04 ? "NA" : (quantityKgOf(f.hs, f.value) / 1000).toFixed(3)}`,
    ),
  );
  const codes = [...new Set(flows.flatMap((f) => [f.exporter, f.importer]))].sort();
  await writeLines(
    files.countries,
    "country_code,country_name,country_iso2,country_iso3",
    codes.map((c) => `${numericOf(book, c)},${c},${c},${alpha3Of(book, c)}`),
  );
  await writeLines(
    files.products,
    "code,description",
    [...products].map(([code, text]) => `${code},"${text.replaceAll('"', '""')}"`),
  );
  return files;
}

/** A region's statistics in Hamkori's regional layout. */
export async function writeRegionalFile(directory: string, region: string, flows: DemoFlow[]) {
  const file = path.join(directory, `regional_${region}_synthetic.csv`);
  await writeLines(
    file,
    "region,partner,year,flow,hs,value_usd,quantity_kg",
    flows.map((f) => {
      const exported = f.exporter === region;
      return `${region},${exported ? f.importer : f.exporter},${f.year},${exported ? "export" : "import"},${f.hs},${f.value.toFixed(2)},${quantityKgOf(f.hs, f.value).toFixed(1)}`;
    }),
  );
  return file;
}

/**
 * What each reporting country tells UN Comtrade about the same flows: exports valued at the border
 * (FOB) a little under, imports with freight and insurance (CIF) a little over, plus the "World"
 * and total lines Comtrade files carry.
 */
export async function writeComtradeFile(directory: string, flows: DemoFlow[], book: CountryCodeBook, reporters: DemoEconomies["reporters"]) {
  const random = createRandom(13);
  const [from, to] = reporters.years;
  const lines: string[] = [];
  const worldTotals = new Map<string, number>();
  const row = (year: number, reporter: string, flow: "X" | "M", partner: string, partnerIso: string, hs: string, value: number, weight: string) =>
    `C,A,${year},${numericOf(book, reporter)},${alpha3Of(book, reporter)},${flow},${partner},${partnerIso},${hs},${value.toFixed(2)},${weight}`;
  for (const f of flows) {
    if (f.year < from || f.year > to || !reporters.partners.includes(f.exporter) || !reporters.partners.includes(f.importer)) continue;
    for (const [reporter, flow, partner, factor] of [
      [f.exporter, "X", f.importer, 0.93 + 0.06 * random()],
      [f.importer, "M", f.exporter, 1.04 + 0.1 * random()],
    ] as const) {
      if (!reporters.countries.includes(reporter)) continue;
      const value = f.value * factor;
      lines.push(row(f.year, reporter, flow, String(numericOf(book, partner)), alpha3Of(book, partner), f.hs, value, quantityKgOf(f.hs, f.value).toFixed(1)));
      const key = `${f.year}|${reporter}|${flow}`;
      worldTotals.set(key, (worldTotals.get(key) ?? 0) + value);
    }
  }
  for (const [key, value] of worldTotals) {
    const [year, reporter, flow] = key.split("|");
    lines.push(row(Number(year), reporter, flow as "X" | "M", "0", "W00", "TOTAL", value, ""));
  }
  const file = path.join(directory, "comtrade_reported_synthetic.csv");
  await writeLines(file, "typeCode,freqCode,refYear,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,cmdCode,primaryValue,netWgt", lines);
  return file;
}
