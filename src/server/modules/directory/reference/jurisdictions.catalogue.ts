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
  private readonly all: Array<TJurisdiction & { key: string }>;
  private readonly byCode = new Map<string, TJurisdiction>();

  constructor(file: JurisdictionFile) {
    const countries: TJurisdiction[] = file.countries.map((c) => ({ code: c.code, kind: "country", country: c.code, names: c.names }));
    const regions: TJurisdiction[] = file.regions.map((r) => ({ code: r.code, kind: "region", country: r.country, names: r.names, type: r.type }));
    this.all = [...countries, ...regions].map((j) => ({ ...j, key: toSearchKey(`${j.code} ${Object.values(j.names).join(" ")}`) }));
    for (const j of this.all) this.byCode.set(j.code, j);
  }

  static load(): JurisdictionCatalogue {
    return new JurisdictionCatalogue(readDataFile<JurisdictionFile>("jurisdictions.json"));
  }

  get(code: string): TJurisdiction | undefined {
    return this.byCode.get(code);
  }

  isCountry(code: string): boolean {
    return this.byCode.get(code)?.kind === "country";
  }

  /** True when `region` is a region of `country` (e.g. RU-TA of RU). */
  isRegionOf(region: string, country: string): boolean {
    const found = this.byCode.get(region);
    return found?.kind === "region" && found.country === country;
  }

  search(options: { q: string; country?: string; kind?: "country" | "region"; limit: number }): TJurisdiction[] {
    const words = toSearchKey(options.q).split(" ").filter(Boolean);
    return this.all
      .filter((j) => (options.kind ? j.kind === options.kind : true))
      .filter((j) => (options.country ? j.country === options.country && (options.kind ? true : j.kind === "region") : true))
      .filter((j) => words.every((w) => j.key.split(" ").some((k) => k.startsWith(w))))
      .slice(0, options.limit)
      .map(({ key: _key, ...j }) => j);
  }
}
