import type { TRequestStatus } from "../../../../../contracts/matchmaking";

export const STATUS_COLORS: Record<TRequestStatus, string> = {
  pending: "yellow",
  accepted: "green",
  declined: "red",
  cancelled: "gray",
  expired: "gray",
};
