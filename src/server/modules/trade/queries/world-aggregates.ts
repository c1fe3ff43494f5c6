import type { AnalyticsReader } from "../../../platform/duckdb";
import { type Amount, worldProducts, worldTotalsByYear } from "./flows.repository";
import { remember } from "./kept-results";

// A dataset version's table never changes, so sums over the whole world are computed once per
// table (and year) and kept: they are what every RCA, intensity and potential is measured against.
const products = new Map<string, Promise<Amount[]>>();
const totals = new Map<string, Promise<{ year: number; value: number }[]>>();
const KEEP = 32;

/** World exports by six-digit product in a year. */
export const cachedWorldProducts = (reader: AnalyticsReader, table: string, year: number) =>
  remember(products, `${table}:${year}`, () => worldProducts(reader, table, year, 6), KEEP);

/** World trade by year. */
export const cachedWorldTotals = (reader: AnalyticsReader, table: string) => remember(totals, table, () => worldTotalsByYear(reader, table), KEEP);
