/**
 * Business-to-business meeting scheduling: give requested meetings slots (and tables) so that
 * nobody is in two places at once and participants wait as little as possible between meetings.
 * Pure: no I/O, nothing imported from the rest of the project.
 */
export { assignTables } from "./assign-tables";
export { type ForumShape, type GeneratedForum, generateForum } from "./generate-forum";
export { scheduleFirstComeFirstServed } from "./greedy-first-come";
export { type LpBound, type LpBoundOptions, lpUpperBound } from "./lp-bound";
export { MAX_PRIORITY, type MeetingWeightInput, meetingWeight } from "./meeting-weight";
export { parseDzn } from "./parse-dzn";
export { createRandom } from "./random";
export { scheduleAllMeetings } from "./schedule-all-meetings";
export { type SelectionOptions, scheduleMostValuable } from "./schedule-most-valuable";
export type { ValuableSchedule } from "./summarise-selection";
export type { ProblemMeeting, Schedule, SchedulingOptions, SchedulingProblem } from "./types";
export { type ScheduleCheck, type ValidateOptions, validateSchedule } from "./validate-schedule";
