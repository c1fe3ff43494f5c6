/**
 * The product space of a presence matrix M (n locations × p products, row-major):
 * proximity φ(p,q) = co-occurrence / max(ubiquity p, ubiquity q) with φ(p,p) = 0; density of each
 * product around each location; complexity outlook (COI, per location) and outlook gain (COG, per
 * location and product), both from the raw product eigenvector kp. Loops follow the ones in M, so
 * the cost grows with diversity rather than with locations × products².
 */
export function productSpace(m: Uint8Array, ubiquity: Float64Array, kp: Float64Array, n: number, p: number) {
  const proximity = new Float64Array(p * p);
  const held: number[][] = [];
  for (let c = 0; c < n; c++) {
    const own: number[] = [];
    for (let k = 0; k < p; k++) if (m[c * p + k]) own.push(k);
    held.push(own);
    for (const a of own) for (const b of own) proximity[a * p + b] += 1;
  }
  const rowSum = new Float64Array(p);
  for (let a = 0; a < p; a++) {
    for (let b = 0; b < p; b++) {
      const phi = a === b ? 0 : proximity[a * p + b] / Math.max(ubiquity[a], ubiquity[b]);
      proximity[a * p + b] = phi;
      rowSum[a] += phi;
    }
  }
  // gain[q][p] = φ(q,p) kp[q] / Σ_r φ(q,r): what having q adds towards p, weighted by q's complexity.
  const gainTotal = new Float64Array(p);
  for (let q = 0; q < p; q++) {
    if (rowSum[q] === 0) continue;
    const weight = kp[q] / rowSum[q];
    for (let k = 0; k < p; k++) gainTotal[k] += proximity[q * p + k] * weight;
  }
  const density = new Float64Array(n * p);
  const cog = new Float64Array(n * p);
  const coi = new Float64Array(n);
  const near = new Float64Array(p);
  const heldGain = new Float64Array(p);
  for (let c = 0; c < n; c++) {
    near.fill(0);
    heldGain.fill(0);
    for (const q of held[c]) {
      const weight = rowSum[q] === 0 ? 0 : kp[q] / rowSum[q];
      for (let k = 0; k < p; k++) {
        near[k] += proximity[k * p + q];
        heldGain[k] += proximity[q * p + k] * weight;
      }
    }
    for (let k = 0; k < p; k++) {
      const i = c * p + k;
      density[i] = rowSum[k] === 0 ? 0 : near[k] / rowSum[k];
      if (m[i]) continue;
      coi[c] += density[i] * kp[k];
      cog[i] = gainTotal[k] - heldGain[k];
    }
  }
  return { proximity, density, coi, cog };
}
