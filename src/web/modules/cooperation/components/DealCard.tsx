import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TDealSummary } from "../../../../contracts/cooperation";
import { flagEmoji } from "../../../ui/format";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { useUsd } from "../../trade/hooks/money";

/** A deal on the board: its title, kind, parties with their flags and its value in dollars. */
export function DealCard({ deal }: { deal: TDealSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const usd = useUsd();
  return (
    <Paper withBorder radius="sm" p="xs" data-testid="deal-card">
      <Stack gap={4}>
        <Anchor component={Link} to={`/deals/${deal.id}`} fw={600} size="sm">
          {pickLocalized(deal.title, language)}
        </Anchor>
        <Group gap={4}>
          <Badge size="xs" variant="light">
            {t(`deals.kind.${deal.kind}`)}
          </Badge>
          {deal.valueUsd !== null ? (
            <Text size="xs" fw={600}>
              {usd(deal.valueUsd)}
            </Text>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {deal.parties.map((p) => `${flagEmoji(p.country)} ${pickLocalized(p.name, language)}`).join(" · ")}
        </Text>
      </Stack>
    </Paper>
  );
}
