// Writes data/trade/country-codes.json: ISO 3166-1 numeric and alpha-3 codes mapped to the
// alpha-2 codes Hamkori uses, so trade files keyed either way can be read. Source: Debian's
// iso-codes package (run where it is installed: apt-get install iso-codes).

import { execFileSync } from "node:child_process";
import fs from "node:fs";

const source = "/usr/share/iso-codes/json/iso_3166-1.json";
const version = execFileSync("dpkg-query", ["-W", "-f=${Version}", "iso-codes"]).toString().trim();
const { "3166-1": entries } = JSON.parse(fs.readFileSync(source, "utf8"));
const countries = entries
  .map((entry) => ({ alpha2: entry.alpha_2, alpha3: entry.alpha_3, numeric: Number(entry.numeric) }))
  .sort((a, b) => a.numeric - b.numeric);
if (countries.length < 240 || new Set(countries.map((c) => c.numeric)).size !== countries.length) throw new Error("unexpected ISO 3166-1 table");
// Codes the UN Comtrade and CEPII BACI tables use instead of the ISO numeric one.
const statisticalAliases = [
  { numeric: 251, alpha2: "FR", note: "France (incl. Monaco) in Comtrade and BACI" },
  { numeric: 579, alpha2: "NO", note: "Norway (excl. Svalbard) in Comtrade and BACI" },
  { numeric: 699, alpha2: "IN", note: "India (excl. Sikkim before 1975) in Comtrade and BACI" },
  { numeric: 757, alpha2: "CH", note: "Switzerland (incl. Liechtenstein) in Comtrade and BACI" },
  { numeric: 842, alpha2: "US", note: "USA (incl. Puerto Rico and US Virgin Islands) in Comtrade and BACI" },
  { numeric: 490, alpha2: "TW", note: "'Other Asia, nes' in Comtrade and BACI, in practice Taiwan" },
];
const out = {
  source: `ISO 3166-1 codes from Debian iso-codes ${version} (${source}), plus the statistical aliases used by UN Comtrade and CEPII BACI. Regenerate with node scripts/build-trade-country-codes.mjs.`,
  countries,
  statisticalAliases,
};
fs.writeFileSync(new URL("../data/trade/country-codes.json", import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${countries.length} countries, ${statisticalAliases.length} aliases`);
