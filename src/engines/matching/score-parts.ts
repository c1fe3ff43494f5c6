/** Slots of the per-signal contributions in a parts array, in the order reasons are listed on a tie. */
export const PART = {
  theySupply: 0,
  youSupply: 1,
  chainTheySupply: 2,
  chainYouSupply: 3,
  partnership: 4,
  text: 5,
  sector: 6,
  theyTargetYou: 7,
  youTargetThem: 8,
  language: 9,
  crossBorder: 10,
} as const;

export const PART_COUNT = 11;
