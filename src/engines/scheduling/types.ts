// The scheduling engine's vocabulary. Participants, slots and meetings are dense indices so the
// search can work on typed arrays; callers map their ids to indices and back.

/** One meeting to place (mode 1) or to choose and place (mode 2). */
export type ProblemMeeting = {
  /** The host: the participant whose booth the meeting may use. */
  a: number;
  b: number;
  /** Slots the meeting may take (its session, the organiser's rules); undefined means any slot. */
  allowedSlots?: readonly number[];
  /** A locked meeting (already published, or fixed by the organiser) keeps this slot. */
  fixedSlot?: number;
  /** Where it happens: a table in the meeting area counts against `tables`; a booth or online does not. */
  place: "table" | "booth" | "online";
  /** Mode 2 only: value of holding this meeting (higher first). */
  weight?: number;
};

export type SchedulingProblem = {
  participants: number;
  /**
   * Slots 0..slots-1 in time order. A break is an idle gap between two consecutive meetings of one
   * participant on the same day, counted once however long it is; the pause between two sessions of
   * a day is not a break by itself (last morning slot then first afternoon slot is back to back).
   */
  slots: number;
  /** Session index of each slot (length `slots`), non-decreasing. */
  sessionOfSlot: readonly number[];
  /** Day index of each slot (length `slots`), non-decreasing; undefined means one day. Nights are not breaks. */
  dayOfSlot?: readonly number[];
  /** Meetings with place "table" that may run in one slot. */
  tables: number;
  meetings: readonly ProblemMeeting[];
  /** Per participant, the slots they cannot meet in. */
  forbidden: readonly (readonly number[])[];
};

export type SchedulingOptions = {
  /** Any two participants' break counts may differ by at most this much (mode 1). */
  fairness?: number;
  timeLimitMs?: number;
  /**
   * A budget of search moves on top of the time limit. With it (and a time limit that does not
   * run out first) the result depends only on the problem and the seed, whatever the machine.
   */
  maxIterations?: number;
  /** Called now and then with a share of the time limit spent, for progress bars. */
  onProgress?: (share: number, bestBreaks: number) => void;
  seed?: number;
};

/** slot per meeting; -1 means not scheduled (mode 2 only). */
export type Schedule = {
  slots: Int32Array | number[];
  /** Table number (1-based) per meeting with place "table", 0 otherwise. */
  tables: Int32Array | number[];
  breaks: number;
  /** Largest minus smallest break count over participants with meetings. */
  spread: number;
  /** A lower bound met this solution's break count. */
  provenOptimal: boolean;
  lowerBound: number;
};
