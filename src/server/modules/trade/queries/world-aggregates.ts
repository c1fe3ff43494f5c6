import type { AnalyticsReader } from "../../../platform/duckdb";
import { type Amount, worldProducts, worldTotalsByYear } from "./flows.repository";

// A dataset version's table never changes, so sums over the whole world are computed once per
// table (and year) and kept: they are what every RCA, intensity and potential is measured against.
const products = new Map<string, Promise<Amount[]>>();
const totals = new Map<string, Promise<{ year: number; value: number }[]>>();
const KEEP = 32;

export function remember<T>(cache: Map<string, Promise<T>>, key: string, compute: () => Promise<T>, keep = KEEP): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = compute();
    value.catch(() => cache.delete(key));
    cache.set(key, value);
    if (cache.size > keep) cache.delete(cache.keys().next().value as string);
  }
  return value;
}

/** World exports by six-digit product in a year. */
export const cachedWorldProducts = (reader: AnalyticsReader, table: string, year: number) =>
  remember(products, `${table}:${year}`, () => worldProducts(reader, table, year, 6));

/** World trade by year. */
export const cachedWorldTotals = (reader: AnalyticsReader, table: string) => remember(totals, table, () => worldTotalsByYear(reader, table));
