import type { THsEntry } from "../../../../contracts/reference";
import { toSearchKey } from "../../../../engines/transliteration";
import { readDataFile } from "./data-files";

type HsFile = { sections: Array<{ section: string; name: string }>; codes: THsEntry[] };
type IndexedEntry = THsEntry & { words: string[] };

/** The HS 2022 nomenclature, held in memory: 7,000 rows are searched faster than a query round trip. */
export class HsCatalogue {
  private readonly byCode = new Map<string, IndexedEntry>();
  private readonly entries: IndexedEntry[];

  private readonly sectionNames = new Map<string, string>();

  constructor(codes: THsEntry[], sections: Array<{ section: string; name: string }> = []) {
    for (const { section, name } of sections) this.sectionNames.set(section, name);
    this.entries = codes.map((entry) => ({ ...entry, words: toSearchKey(entry.description).split(" ") }));
    for (const entry of this.entries) this.byCode.set(entry.code, entry);
  }

  static load(): HsCatalogue {
    const file = readDataFile<HsFile>("hs/hs2022.json");
    return new HsCatalogue(file.codes, file.sections);
  }

  get(code: string): THsEntry | undefined {
    const entry = this.byCode.get(code);
    return entry && strip(entry);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** The name of an HS section (I–XXI), in English as the nomenclature has it. */
  sectionName(section: string): string {
    return this.sectionNames.get(section) ?? section;
  }

  /** Every code of one level (2 chapters, 4 headings, 6 subheadings), in code order. */
  codesAtLevel(level: 2 | 4 | 6): string[] {
    return this.entries.filter((entry) => entry.level === level).map((entry) => entry.code);
  }

  /**
   * A query of digits matches codes by prefix; words match descriptions, each query word the
   * start of some description word (so "cott yarn" finds cotton yarn). Ranked by how many query
   * words start a description word exactly, then by code.
   */
  search(query: string, limit: number, level?: number): THsEntry[] {
    const trimmed = query.trim();
    const candidates = level ? this.entries.filter((e) => e.level === level) : this.entries;
    if (/^\d+$/.test(trimmed)) {
      return candidates
        .filter((e) => e.code.startsWith(trimmed))
        .slice(0, limit)
        .map(strip);
    }
    const words = toSearchKey(trimmed).split(" ").filter(Boolean);
    if (words.length === 0)
      return candidates
        .filter((e) => e.level === 2)
        .slice(0, limit)
        .map(strip);
    const scored: Array<{ entry: IndexedEntry; score: number }> = [];
    for (const entry of candidates) {
      let score = 0;
      let allFound = true;
      for (const word of words) {
        if (entry.words.includes(word)) score += 2;
        else if (entry.words.some((w) => w.startsWith(word))) score += 1;
        else {
          allFound = false;
          break;
        }
      }
      // Subheadings name the goods people trade, so they rank above the chapters that group them.
      if (allFound) scored.push({ entry, score: score + entry.level / 10 - entry.words.length / 100 });
    }
    scored.sort((a, b) => b.score - a.score || a.entry.code.localeCompare(b.entry.code));
    return scored.slice(0, limit).map((s) => strip(s.entry));
  }
}

function strip({ words: _words, ...entry }: IndexedEntry): THsEntry {
  return entry;
}
