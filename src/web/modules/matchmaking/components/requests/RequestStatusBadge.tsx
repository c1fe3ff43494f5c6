import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { REQUEST_STATUSES } from "../../../../../contracts/matchmaking";

const COLORS: Record<string, string> = { pending: "yellow", accepted: "green", declined: "red", cancelled: "gray", expired: "gray" };
const known = (status: string) => (REQUEST_STATUSES as readonly string[]).includes(status);

/** Where a meeting request stands. */
export function RequestStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={COLORS[status] ?? "gray"} data-testid="request-status" data-status={status}>
      {known(status) ? t(`matchmaking.statuses.${status}`) : status}
    </Badge>
  );
}
