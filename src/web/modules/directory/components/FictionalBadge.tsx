import { Badge, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Demo companies must never be mistaken for real ones, wherever they appear. */
export function FictionalBadge() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t("demo.fictionalTooltip")} multiline w={240} withArrow>
      <Badge
        color="saffron.9"
        variant="white"
        size="sm"
        bd="1px solid var(--mantine-color-saffron-4)"
        tt="none"
        style={{ flexShrink: 0 }}
        data-testid="fictional-badge"
      >
        {t("demo.fictional")}
      </Badge>
    </Tooltip>
  );
}
