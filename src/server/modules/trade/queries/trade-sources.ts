import type { AnalyticsReader, AnalyticsStore } from "../../../platform/duckdb";
import { AppError, invalid, notFound } from "../../../platform/errors";
import { type DatasetRow, listDatasets } from "../catalog.repository";
import { remember } from "./kept-results";
import type { PairTables } from "./pair-aggregate";

/** Where flows are read from: a reader and a table on it. */
export type FlowSource = { reader: AnalyticsReader; table: string };

/** Regions (RU-TA) only appear in sub-national datasets; countries come from world datasets. */
export const isRegion = (code: string) => code.includes("-");

const PREFERENCE = ["baci", "comtrade", "regional"] as const;

export type TradeSources = {
  datasets: DatasetRow[];
  /** The dataset asked for by name, or the best one that holds every jurisdiction named. */
  flowsFor(jurisdictions: string[], name?: string): Promise<DatasetRow>;
  /** The world dataset to compare against (world market shares, complexity): BACI before Comtrade. */
  world(name?: string): DatasetRow | undefined;
  published(): DatasetRow[];
  /** Datasets where each side reports for itself (Comtrade, regional): the material of mirror statistics. */
  reported(): DatasetRow[];
};

const holdsCache = new Map<string, Promise<boolean>>();
const KEEP_HOLDS = 4096;

export async function loadTradeSources(store: AnalyticsStore): Promise<TradeSources> {
  const datasets = await listDatasets(store);
  const flowDatasets = datasets.filter((d) => d.format !== "published");
  const byPreference = (formats: readonly string[]) =>
    [...flowDatasets].filter((d) => formats.includes(d.format)).sort((a, b) => formats.indexOf(a.format) - formats.indexOf(b.format));

  // A dataset version's table never changes, so whether it holds a code is asked once.
  const holds = (dataset: DatasetRow, code: string) =>
    remember(
      holdsCache,
      `${dataset.tableName}:${code}`,
      async () => {
        const rows = await store.query(`SELECT 1 FROM "${dataset.tableName}" WHERE exporter = $1 OR importer = $1 LIMIT 1`, [code]);
        return rows.length > 0;
      },
      KEEP_HOLDS,
    );

  return {
    datasets,
    async flowsFor(jurisdictions, name) {
      if (name) {
        const named = flowDatasets.find((d) => d.name === name);
        if (!named) throw notFound(`Trade dataset "${name}"`);
        return named;
      }
      const candidates = jurisdictions.some(isRegion) ? byPreference(["regional", "comtrade"]) : byPreference(PREFERENCE);
      for (const dataset of candidates) {
        const found = await Promise.all(jurisdictions.map((code) => holds(dataset, code)));
        if (found.every(Boolean)) return dataset;
      }
      throw new AppError("no_trade_data", 404, `No trade dataset holds flows of ${jurisdictions.join(" and ")}; import one first`);
    },
    world(name) {
      if (name) return flowDatasets.find((d) => d.name === name && d.format !== "regional");
      return byPreference(["baci", "comtrade"])[0];
    },
    published: () => datasets.filter((d) => d.format === "published"),
    reported: () => flowDatasets.filter((d) => d.format !== "baci"),
  };
}

/** The year to show: the one asked for if the dataset has it, else its latest. */
export function pickYear(dataset: DatasetRow, year?: number): number {
  const latest = dataset.toYear ?? new Date().getUTCFullYear();
  if (year === undefined) return latest;
  if (dataset.fromYear !== null && (year < dataset.fromYear || year > latest))
    throw invalid("year", `${dataset.name} covers ${dataset.fromYear}–${latest}, not ${year}`);
  return year;
}

/** Which table each series of a pair's aggregate comes from: a side's own dataset (its region's, else the world's) and the pair's. */
export async function pairTables(sources: TradeSources, dataset: DatasetRow, a: string, b: string): Promise<PairTables> {
  const own = async (code: string) => (isRegion(code) ? await sources.flowsFor([code]).catch(() => dataset) : (sources.world() ?? dataset));
  const at = (d: DatasetRow) => ({ table: d.tableName, type: d.jurisdictionType, importerOrdered: d.importerOrdered });
  const [sideA, sideB] = (await Promise.all([own(a), own(b)])).map(at);
  return { a: sideA, b: sideB, pair: at(dataset) };
}

/** A product's name from the HS nomenclature (English), or its code where the revision differs. */
export type HsNamer = (code: string) => string;
export const hsNamer =
  (ctx: { reference: { hs: { get(code: string): { description: string } | undefined } } }): HsNamer =>
  (code) =>
    ctx.reference.hs.get(code)?.description ?? code;
