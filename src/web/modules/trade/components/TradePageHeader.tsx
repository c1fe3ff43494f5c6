import { Anchor, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SyntheticNotice } from "./SyntheticNotice";

type Props = { title: string; dataset: { name: string; synthetic: boolean }; children: ReactNode };

/** The head of a trade page: the way back, the title, where the figures come from, its controls, and the synthetic warning. */
export function TradePageHeader({ title, dataset, children }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Anchor component={Link} to="/trade" size="sm">
            {t("trade.home.title")}
          </Anchor>
          <Title order={1}>{title}</Title>
          <Text size="sm" c="dimmed">
            {t("trade.source", { dataset: dataset.name })}
          </Text>
        </div>
        <Group align="flex-end">{children}</Group>
      </Group>
      {dataset.synthetic ? <SyntheticNotice dataset={dataset.name} /> : null}
    </Stack>
  );
}
