/** Rough USD per kilogram by HS chapter, so synthetic rows carry plausible quantities. */
const PRICE_PER_KG: Record<string, number> = {
  "08": 2,
  "10": 0.25,
  "11": 0.35,
  "13": 6,
  "26": 0.3,
  "27": 0.6,
  "30": 50,
  "31": 0.35,
  "39": 1.3,
  "40": 3,
  "44": 0.4,
  "50": 40,
  "51": 4,
  "52": 2.5,
  "57": 12,
  "61": 15,
  "62": 18,
  "71": 60_000,
  "72": 0.7,
  "74": 8,
  "76": 2.6,
  "84": 25,
  "85": 30,
  "87": 12,
  "88": 1_500,
  "94": 5,
};

export const quantityKgOf = (hs: string, valueUsd: number) => valueUsd / (PRICE_PER_KG[hs.slice(0, 2)] ?? 4);

/** A standard normal draw from a uniform generator (Box–Muller). */
export function normalDraw(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Products an economy sells, with weights: its specialities plus a long tail of small lines. The
 * tail is drawn from the start of `universe` (ordered from commonly traded to rare), further the
 * longer it is, so diversified economies also sell what few others do, as in real trade data.
 */
export function basketOf(specialities: [string, number][], tail: number, universe: string[], random: () => number): Map<string, number> {
  const reach = Math.min(universe.length, tail * 3);
  const basket = new Map(specialities);
  const specialWeight = specialities.reduce((sum, [, weight]) => sum + weight, 0);
  // Diversified economies sell a larger share outside their best-known lines.
  const tailShare = Math.min(0.75, 0.12 + tail / 800);
  const tailWeights: [string, number][] = [];
  while (tailWeights.length < tail) {
    const code = universe[Math.floor(random() * reach)];
    if (!basket.has(code) && !tailWeights.some(([c]) => c === code)) tailWeights.push([code, Math.exp(1.2 * normalDraw(random))]);
  }
  const tailTotal = tailWeights.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [code, weight] of tailWeights) basket.set(code, (weight / tailTotal) * specialWeight * (tailShare / (1 - tailShare)));
  return basket;
}
