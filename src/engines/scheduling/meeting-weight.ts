/** What decides how much a meeting request matters, in the order it decides it. */
export type MeetingWeightInput = {
  /** Both sides asked for the meeting. */
  mutual: boolean;
  /** The organiser's priority rule that applies, 0 (none) .. 9 (highest). */
  priority: number;
  /** Position of the request in request order, 0 = asked first. */
  requestRank: number;
  /** Number of requests ranked (ranks run 0..requestCount-1). */
  requestCount: number;
};

export const MAX_PRIORITY = 9;
/** Priority p multiplies by 2^p; mutual multiplies by 2^(MAX_PRIORITY + 1), one level above any priority. */
const MUTUAL_LEVELS = MAX_PRIORITY + 1;

/**
 * The weight mode 2 maximises, encoding "mutual first, then priority, then request order":
 *
 *   weight = 2^(10·mutual + priority) · (1 + (requestCount − requestRank) / (requestCount + 1))
 *
 * Call 10·mutual + priority the meeting's level. The order factor lies in (1, 2), so every weight
 * of level L lies in [2^L, 2^(L+1)) and the levels never overlap. Hence, comparing two meetings,
 * the weights order them exactly lexicographically: a mutual one outweighs any non-mutual one
 * whatever its priority, a higher priority outweighs any lower one with the same mutual flag
 * whatever the request order, and between equal (mutual, priority) the earlier request weighs more.
 * The arithmetic is exact in doubles: the factor is a power of two and distinct ranks give order
 * factors at least 1/(requestCount+1) apart, far above rounding error for any realistic count.
 *
 * For sets the weighted sum is a trade-off, not a strict lexicographic order (that would need
 * about 15 bits per level at 30,000 requests, 300 bits in all, which no double holds): one meeting
 * outweighs any 2^(d−1) meetings that are d levels below it, e.g. one mutual meeting beats 512
 * non-mutual ones of equal priority, and one priority-3 meeting beats any single priority-2 one.
 * Weights stay within [1, 2^20], which keeps the LP bound numerically tame.
 */
export function meetingWeight({ mutual, priority, requestRank, requestCount }: MeetingWeightInput): number {
  if (!Number.isInteger(priority) || priority < 0 || priority > MAX_PRIORITY) {
    throw new RangeError(`priority must be an integer 0..${MAX_PRIORITY}, got ${priority}`);
  }
  if (!Number.isInteger(requestCount) || requestCount < 1) throw new RangeError(`requestCount must be a positive integer, got ${requestCount}`);
  if (!Number.isInteger(requestRank) || requestRank < 0 || requestRank >= requestCount) {
    throw new RangeError(`requestRank must be an integer 0..${requestCount - 1}, got ${requestRank}`);
  }
  const level = (mutual ? MUTUAL_LEVELS : 0) + priority;
  return 2 ** level * (1 + (requestCount - requestRank) / (requestCount + 1));
}
