import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { findColumn, type SourceFile, SourceFileError } from "./source-files";

export type BaciFiles = { flows: SourceFile[]; countries?: SourceFile; products?: SourceFile };

const isFlows = (file: SourceFile) => file.kind === "parquet" || ["t", "i", "j", "k", "v"].every((name) => file.columns.includes(name));
const isCountries = (file: SourceFile) => file.columns.includes("country_code");
const isProducts = (file: SourceFile) => file.columns.includes("code") && file.columns.includes("description");

/** A BACI release is a flows file per year plus its country and product code files, in any order. */
export function sortBaciFiles(files: SourceFile[]): BaciFiles {
  const sorted: BaciFiles = { flows: [] };
  for (const file of files) {
    if (isFlows(file)) sorted.flows.push(file);
    else if (isCountries(file)) sorted.countries = file;
    else if (isProducts(file)) sorted.products = file;
    else
      throw new SourceFileError(
        `${file.label}: line 1: not a BACI flows file (t,i,j,k,v,q), country codes file (country_code,…) or product codes file (code,description)`,
      );
  }
  if (sorted.flows.length === 0) throw new SourceFileError("No BACI flows file (columns t,i,j,k,v,q) among the files");
  return sorted;
}

/** BACI's country file: its numeric codes with their ISO alpha-2 (column names changed over releases). */
export function readBaciCountries(file: SourceFile): Map<number, string> {
  const code = "country_code";
  const iso2 = findColumn(file.columns, ["country_iso2", "iso_2digit_alpha"]);
  if (!iso2) throw new SourceFileError(`${file.label}: line 1: no country_iso2 column`);
  const rows = parse(fs.readFileSync(file.path, "utf8"), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const byNumeric = new Map<number, string>();
  rows.forEach((row, index) => {
    const numeric = Number(row[code]);
    const alpha2 = (row[iso2] ?? "").trim().toUpperCase();
    if (!Number.isInteger(numeric) || numeric < 0) throw new SourceFileError(`${file.label}: line ${index + 2}: country_code "${row[code]}" is not a number`);
    // Groupings without an ISO code (e.g. "N/A") are left out: flows naming them are rejected.
    if (/^[A-Z]{2}$/.test(alpha2)) byNumeric.set(numeric, alpha2);
  });
  return byNumeric;
}
