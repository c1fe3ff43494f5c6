import type { TValueChain } from "../../../../contracts/cooperation";
import { readDataFile } from "./data-files";
import { HsCatalogue } from "./hs.catalogue";
import { JurisdictionCatalogue } from "./jurisdictions.catalogue";
import { SectorCatalogue } from "./sectors.catalogue";

export { isCurrencyCode } from "./currencies";
export { type Place, placeOf } from "./jurisdictions.catalogue";
export { HsCatalogue, JurisdictionCatalogue, SectorCatalogue };

export type ReferenceData = {
  hs: HsCatalogue;
  jurisdictions: JurisdictionCatalogue;
  sectors: SectorCatalogue;
  /** data/value-chains.json: what recommendations and the opportunity finder reason along. */
  valueChains: readonly TValueChain[];
};

let cached: ReferenceData | undefined;

/** Reference data is read once per process and shared: it never changes while the app runs. */
export function loadReferenceData(): ReferenceData {
  cached ??= {
    hs: HsCatalogue.load(),
    jurisdictions: JurisdictionCatalogue.load(),
    sectors: SectorCatalogue.load(),
    valueChains: readDataFile<{ chains: TValueChain[] }>("value-chains.json").chains,
  };
  return cached;
}
