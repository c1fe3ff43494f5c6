import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TApplicationStatus } from "../../../../contracts/exhibitions";

const COLORS: Record<TApplicationStatus, string> = { pending: "blue", approved: "green", waitlisted: "yellow", rejected: "red", withdrawn: "gray" };

export function ApplicationStatusBadge({ status, size = "md" }: { status: TApplicationStatus; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" size={size} data-testid="application-status" data-status={status}>
      {t(`exhibitors.status.${status}`)}
    </Badge>
  );
}
