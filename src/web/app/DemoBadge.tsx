import { Badge, Tooltip } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";

type Health = { status: string; database: string; version: string; demo: boolean };

/** Warns that this server holds invented data and shared demo accounts. */
export function DemoBadge() {
  const { t } = useTranslation();
  const health = useQuery({ queryKey: ["reference", "health"], queryFn: () => api.get<Health>("/api/health"), staleTime: Number.POSITIVE_INFINITY });
  if (!health.data?.demo) return null;
  return (
    <Tooltip label={t("demo.tooltip")} multiline w={260} withArrow>
      <Badge color="orange" variant="light" tt="none" style={{ flexShrink: 0 }} data-testid="demo-badge">
        {t("demo.badge")}
      </Badge>
    </Tooltip>
  );
}
