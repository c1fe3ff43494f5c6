import fs from "node:fs";
import path from "node:path";
import { type HallPlan, planWalkingRoute } from "../src/engines/floor-plan";
import { quantile, report, round } from "./stats";

type DemoHall = HallPlan & { key: string };

/** A 100 × 60 m hall of 150 booths in double rows with 4 m aisles. */
function generatedHall(): HallPlan {
  const booths = [];
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 15; col++) {
      for (const half of [0, 1]) booths.push({ number: `G-${row}-${col}-${half}`, x: 5 + col * 6, y: 4 + row * 11 + half * 3, width: 6, height: 3 });
    }
  }
  return { width: 100, height: 60, entrances: [{ x: 50, y: 60 }], booths };
}

function timeRoutes(label: string, plan: HallPlan, stops: number, runs = 20) {
  const numbers = plan.booths.map((b) => b.number);
  const times: number[] = [];
  let optimal = false;
  for (let run = 0; run < runs; run++) {
    // A different, spread-out pick of booths every run.
    const chosen = Array.from({ length: stops }, (_, i) => numbers[(i * 7 + run * 13) % numbers.length]);
    const unique = [...new Set(chosen)];
    const t0 = performance.now();
    optimal = planWalkingRoute(plan, { stops: unique }).optimal;
    times.push(performance.now() - t0);
  }
  report({
    figure: "tour_route_ms",
    hall: label,
    booths: plan.booths.length,
    stops,
    p50: round(quantile(times, 0.5), 1),
    p95: round(quantile(times, 0.95), 1),
    unit: "ms",
    optimal,
  });
}

/** Planning a delegation's walk: proven shortest up to 12 stops, heuristic beyond. */
export function benchTourRoutes() {
  const demo = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../data/demo/forum.json"), "utf8")) as { halls: DemoHall[] };
  const hall1 = demo.halls.find((h) => h.key === "hall-1") as DemoHall;
  timeRoutes("demo hall-1", hall1, 10);
  const generated = generatedHall();
  timeRoutes("generated 100x60", generated, 12);
  timeRoutes("generated 100x60", generated, 40);
}
