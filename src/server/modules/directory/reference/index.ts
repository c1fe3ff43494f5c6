import { HsCatalogue } from "./hs.catalogue";
import { JurisdictionCatalogue } from "./jurisdictions.catalogue";
import { SectorCatalogue } from "./sectors.catalogue";

export { isCurrencyCode } from "./currencies";
export { HsCatalogue, JurisdictionCatalogue, SectorCatalogue };

export type ReferenceData = { hs: HsCatalogue; jurisdictions: JurisdictionCatalogue; sectors: SectorCatalogue };

let cached: ReferenceData | undefined;

/** Reference data is read once per process and shared: it never changes while the app runs. */
export function loadReferenceData(): ReferenceData {
  cached ??= { hs: HsCatalogue.load(), jurisdictions: JurisdictionCatalogue.load(), sectors: SectorCatalogue.load() };
  return cached;
}
