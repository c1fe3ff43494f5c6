/**
 * Orders booth numbers the way people read them ("A2" before "A10"), independently of the
 * runtime's locale, so that tie-breaks give the same route on every machine.
 */
export const compareBoothNumbers = (a: string, b: string): number => {
  const chunksA = a.match(/\d+|\D+/g) ?? [];
  const chunksB = b.match(/\d+|\D+/g) ?? [];
  const shared = Math.min(chunksA.length, chunksB.length);
  for (let i = 0; i < shared; i++) {
    const ca = chunksA[i];
    const cb = chunksB[i];
    if (ca === cb) continue;
    const bothDigits = /^\d/.test(ca) && /^\d/.test(cb);
    if (bothDigits) {
      const byValue = Number(ca) - Number(cb);
      if (byValue !== 0) return byValue;
    }
    return ca < cb ? -1 : 1;
  }
  if (chunksA.length !== chunksB.length) return chunksA.length - chunksB.length;
  return a < b ? -1 : a > b ? 1 : 0;
};
