import { Group, Progress, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** How well a counterpart matches, as a short bar; the number is for screen readers and tooltips. */
export function ScoreBar({ share }: { share: number }) {
  const { t } = useTranslation();
  const percent = Math.round(share * 100);
  return (
    <Group gap={8} wrap="nowrap" title={t("matchmaking.recommendations.score", { percent })} data-testid="recommendation-score">
      <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
        {t("matchmaking.recommendations.match")}
      </Text>
      <Progress value={percent} size="sm" radius="xl" w={96} aria-label={t("matchmaking.recommendations.score", { percent })} />
    </Group>
  );
}
