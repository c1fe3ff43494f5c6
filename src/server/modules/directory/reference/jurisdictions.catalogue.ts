import type { TJurisdiction } from "../../../../contracts/reference";
import { toSearchKey } from "../../../../engines/transliteration";
import { readDataFile } from "./data-files";

type Names = TJurisdiction["names"];
type JurisdictionFile = {
  countries: Array<{ code: string; names: Names }>;
  regions: Array<{ code: string; country: string; type: string; names: Names }>;
};

/** ISO 3166-1 countries and the ISO 3166-2 regions of the countries Hamkori serves first. */
export class JurisdictionCatalogue {
  // Each entry's code and names in every language, folded to search words once at load.
  private readonly all: Array<TJurisdiction & { words: string[] }>;
  private readonly byCode = new Map<string, TJurisdiction>();

  constructor(file: JurisdictionFile) {
    const countries: TJurisdiction[] = file.countries.map((c) => ({ code: c.code, kind: "country", country: c.code, names: c.names }));
    const regions: TJurisdiction[] = file.regions.map((r) => ({ code: r.code, kind: "region", country: r.country, names: r.names, type: r.type }));
    this.all = [...countries, ...regions].map((j) => ({ ...j, words: toSearchKey(`${j.code} ${Object.values(j.names).join(" ")}`).split(" ") }));
    for (const j of this.all) this.byCode.set(j.code, j);
  }

  static load(): JurisdictionCatalogue {
    return new JurisdictionCatalogue(readDataFile<JurisdictionFile>("jurisdictions.json"));
  }

  get(code: string): TJurisdiction | undefined {
    return this.byCode.get(code);
  }

  /** Every country and region code, e.g. for checking the codes a trade file uses. */
  codes(): string[] {
    return [...this.byCode.keys()];
  }

  isCountry(code: string): boolean {
    return this.byCode.get(code)?.kind === "country";
  }

  search(options: { q: string; country?: string; kind?: "country" | "region"; limit: number }): TJurisdiction[] {
    const words = toSearchKey(options.q).split(" ").filter(Boolean);
    return this.all
      .filter((j) => (options.kind ? j.kind === options.kind : true))
      .filter((j) => (options.country ? j.country === options.country && (options.kind ? true : j.kind === "region") : true))
      .filter((j) => words.every((w) => j.words.some((k) => k.startsWith(w))))
      .slice(0, options.limit)
      .map(({ words: _words, ...j }) => j);
  }
}

/** Where organisations of a jurisdiction are: a country (TJ), or a region within its country (RU-TA). */
export type Place = { country: string; region?: string };
export const placeOf = (code: string): Place => (code.includes("-") ? { country: code.slice(0, 2), region: code } : { country: code });
