// A participant's day is a bit mask of busy slots (bit i = the day's i-th slot). Breaks are the
// idle gaps between busy runs, so they are the number of runs less one; a run starts at each busy
// bit whose lower neighbour is idle. This makes a break count a handful of integer operations,
// which the local search evaluates millions of times.

export function countBits(mask: number): number {
  let v = mask - ((mask >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Idle gaps between the busy slots of one day's mask (up to 32 slots). */
export function countBreaks(mask: number): number {
  if (mask === 0) return 0;
  return countBits(mask & ~(mask << 1)) - 1;
}

/** Idle slots between the first and last busy slot of one day's mask. */
export function countIdle(mask: number): number {
  if (mask === 0) return 0;
  return Math.clz32(mask & -mask) - Math.clz32(mask) + 1 - countBits(mask);
}
