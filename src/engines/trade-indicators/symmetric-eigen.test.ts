import { describe, expect, it } from "vitest";
import { symmetricEigen } from "./symmetric-eigen";

describe("symmetric eigen decomposition", () => {
  it("finds the eigenpairs of a small symmetric matrix", () => {
    // [[2,1],[1,2]] has eigenvalues 1 and 3 with vectors (1,-1)/√2 and (1,1)/√2.
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    const order = [0, 1].sort((i, j) => values[i] - values[j]);
    expect(values[order[0]]).toBeCloseTo(1, 12);
    expect(values[order[1]]).toBeCloseTo(3, 12);
    expect(Math.abs(vectors[order[1] * 2] - vectors[order[1] * 2 + 1])).toBeLessThan(1e-12);
  });

  it("satisfies A v = λ v on a random symmetric matrix", () => {
    const n = 12;
    const a = new Float64Array(n * n);
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return (seed / 2147483647) * 2 - 1;
    };
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) a[i * n + j] = a[j * n + i] = random();
    const { values, vectors } = symmetricEigen(a, n);
    for (let e = 0; e < n; e++) {
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let k = 0; k < n; k++) sum += a[i * n + k] * vectors[e * n + k];
        expect(sum).toBeCloseTo(values[e] * vectors[e * n + i], 10);
      }
    }
  });
});
