import type { TSector } from "../../../../contracts/reference";
import { readDataFile } from "./data-files";

export class SectorCatalogue {
  readonly all: TSector[];
  private readonly codes: Set<string>;

  constructor(sectors: TSector[]) {
    this.all = sectors;
    this.codes = new Set(sectors.map((s) => s.code));
  }

  static load(): SectorCatalogue {
    return new SectorCatalogue(readDataFile<{ sectors: TSector[] }>("sectors.json").sectors);
  }

  has(code: string): boolean {
    return this.codes.has(code);
  }
}
