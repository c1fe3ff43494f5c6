import { buildMatchIndex, recommend } from "../src/engines/matching";
import { generateMatchDirectory } from "./generate-match-directory";
import { quantile, report, round } from "./stats";

const ORGANIZATIONS = 20_000;
const QUERIES = 500;
const FORUM_SIZE = 5_000;
const LIMIT = 20;
const CROSS_BORDER_WEIGHT = 0.5;

/** `count` distinct positions out of `size` (the step is prime to it), the same every run. */
const spread = (size: number, count: number, step: number) => Array.from({ length: count }, (_, i) => (i * step) % size);

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Recommendation time on a generated 20,000-organisation directory (100,000 products and
 * profiles): one organisation's top 20, and every participant's top 20 in a 5,000-organisation
 * forum. Wall-clock figures carry the targets; CPU figures beside them show what a busy machine
 * adds.
 */
export function benchMatching() {
  const figure = (name: string, value: number, target?: number, extra: Record<string, unknown> = {}) =>
    report({ bench: "matching", figure: name, value, ...(target === undefined ? {} : { target }), ...extra });

  let t0 = performance.now();
  const directory = generateMatchDirectory(ORGANIZATIONS);
  figure("generate-ms", round(performance.now() - t0, 0), undefined, {
    organizations: directory.organizations.length,
    products: directory.products,
    profiles: directory.profiles,
  });

  const heapBefore = process.memoryUsage().heapUsed;
  t0 = performance.now();
  let c0 = cpuMs();
  const index = buildMatchIndex(directory.organizations, { valueChains: directory.valueChains });
  figure("index-build-ms", round(performance.now() - t0, 0), undefined, { cpuMs: round(cpuMs() - c0, 0) });
  figure("index-heap-mb", round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20, 0));

  const ids = directory.organizations.map((o) => o.id);
  // Warm the JIT on other organisations so the measured queries are steady-state ones.
  for (const p of spread(ids.length, 50, 7919)) recommend(index, ids[p], { limit: LIMIT, crossBorderWeight: CROSS_BORDER_WEIGHT });
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let found = 0;
  for (const p of spread(ids.length, QUERIES, 104_729)) {
    const start = performance.now();
    const cpuStart = cpuMs();
    found += recommend(index, ids[p], { limit: LIMIT, crossBorderWeight: CROSS_BORDER_WEIGHT }).length;
    cpuTimes.push(cpuMs() - cpuStart);
    times.push(performance.now() - start);
  }
  figure("top20-p50-ms", round(quantile(times, 0.5)), undefined, { queries: QUERIES, cpuMs: round(quantile(cpuTimes, 0.5)) });
  figure("top20-p95-ms", round(quantile(times, 0.95)), 50, { queries: QUERIES, cpuMs: round(quantile(cpuTimes, 0.95)) });
  figure("top20-max-ms", round(Math.max(...times)), undefined, { queries: QUERIES, cpuMs: round(Math.max(...cpuTimes)) });
  figure("top20-mean-results", round(found / QUERIES, 1), LIMIT);

  const forum = spread(ids.length, FORUM_SIZE, 7).map((p) => ids[p]);
  const candidates = new Set(forum);
  t0 = performance.now();
  c0 = cpuMs();
  let empty = 0;
  for (const id of forum) if (recommend(index, id, { limit: LIMIT, candidates, crossBorderWeight: CROSS_BORDER_WEIGHT }).length === 0) empty++;
  figure("forum-5000-top20-total-s", round((performance.now() - t0) / 1000, 1), 30, {
    participants: FORUM_SIZE,
    withoutRecommendations: empty,
    cpuS: round((cpuMs() - c0) / 1000, 1),
  });
}
