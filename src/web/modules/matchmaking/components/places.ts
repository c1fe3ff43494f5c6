import type { TMatchmakingSettings, TMeetingPlace, TParticipant } from "../../../../contracts/matchmaking";

type PlaceRules = Pick<TMatchmakingSettings, "tables" | "boothMeetings" | "onlineMeetings">;

/** Where two participants may meet under the forum's rules: a booth only when one of them has one. */
export function allowedPlaces(settings: PlaceRules | undefined, a: Pick<TParticipant, "booth">, b: Pick<TParticipant, "booth"> | null): TMeetingPlace[] {
  if (!settings) return [];
  const places: TMeetingPlace[] = [];
  if (settings.tables > 0) places.push("table");
  if (settings.boothMeetings && (a.booth || b?.booth)) places.push("booth");
  if (settings.onlineMeetings) places.push("online");
  return places;
}
