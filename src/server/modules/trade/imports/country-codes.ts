import { readDataFile } from "../../directory";

type CountryCodesFile = {
  countries: { alpha2: string; alpha3: string; numeric: number }[];
  statisticalAliases: { numeric: number; alpha2: string }[];
};

/** How trade files name countries: ISO numeric (BACI, Comtrade) or alpha-3 (Comtrade), to our alpha-2. */
export type CountryCodeBook = { byNumeric: Map<number, string>; byAlpha3: Map<string, string> };

let cached: CountryCodeBook | undefined;

export function loadCountryCodeBook(): CountryCodeBook {
  if (cached) return cached;
  const file = readDataFile<CountryCodesFile>("trade/country-codes.json");
  const byNumeric = new Map(file.countries.map((c) => [c.numeric, c.alpha2]));
  for (const alias of file.statisticalAliases) byNumeric.set(alias.numeric, alias.alpha2);
  cached = { byNumeric, byAlpha3: new Map(file.countries.map((c) => [c.alpha3, c.alpha2])) };
  return cached;
}

/**
 * A DuckDB list literal indexed by numeric code (+1, lists count from 1): a lookup that costs one
 * array access per row, so a ten-million-row file maps its codes at the speed it is read.
 */
export function numericLookupList(byNumeric: Map<number, string>, allowed: Set<string>, type: string): string {
  const size = Math.max(...byNumeric.keys()) + 1;
  const items = Array.from({ length: size }, (_, code) => {
    const alpha2 = byNumeric.get(code);
    return alpha2 && allowed.has(alpha2) ? `'${alpha2}'` : "NULL";
  });
  return `[${items.join(",")}]::${type}[]`;
}

/** A DuckDB MAP literal for the smaller files keyed by alpha-3 codes. */
export function alpha3LookupMap(byAlpha3: Map<string, string>): string {
  return `MAP {${[...byAlpha3].map(([alpha3, alpha2]) => `'${alpha3}': '${alpha2}'`).join(", ")}}`;
}

/** A DuckDB list of the codes a file may use for jurisdictions (countries and regions). */
export function codeListLiteral(codes: Iterable<string>): string {
  return `[${[...codes]
    .filter((code) => /^[A-Z0-9-]+$/.test(code))
    .map((code) => `'${code}'`)
    .join(",")}]`;
}
