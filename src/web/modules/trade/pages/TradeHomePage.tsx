import { Anchor, Badge, Button, Container, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { formatDate, formatNumber } from "../../../ui/format";
import { PageLoader } from "../../../ui/Loading";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { useMe } from "../../account/session";
import { JurisdictionPicker } from "../components/JurisdictionPicker";
import { usePlaceNames } from "../hooks/place-names";
import { useTradeOverview } from "../hooks/trade";

const QUICK_PAIRS: [string, string][] = [
  ["TJ", "KG"],
  ["TJ", "RU-TA"],
  ["TJ", "RU"],
];

export function TradeHomePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const overview = useTradeOverview();
  const me = useMe();
  const codes = overview.data?.jurisdictions ?? [];
  const name = usePlaceNames([...codes, "RU-TA"]);
  const [profile, setProfile] = useState<string | null>("TJ");
  const [a, setA] = useState<string | null>("TJ");
  const [b, setB] = useState<string | null>("KG");
  useDocumentTitle(t("trade.home.title"));

  if (overview.isPending) return <PageLoader />;
  if (overview.isError) return <ErrorAlert error={overview.error} />;
  const datasets = overview.data.datasets;
  const isAdmin = me.data?.user.platformRole === "admin";
  return (
    <Container size="lg" py="lg">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t("trade.home.title")}</Title>
          <Text c="dimmed">{t("trade.home.intro")}</Text>
        </div>
        {datasets.length === 0 ? (
          <Paper withBorder p="lg">
            <Text>{t("trade.home.noData")}</Text>
          </Paper>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Paper withBorder p="md" radius="md">
              <Stack>
                <Title order={2} size="h4">
                  {t("trade.home.profileTitle")}
                </Title>
                <JurisdictionPicker label={t("trade.field.jurisdiction")} codes={codes} value={profile} onChange={setProfile} />
                <Button disabled={!profile} onClick={() => profile && navigate(`/trade/profile/${profile}`)}>
                  {t("trade.home.profileButton")}
                </Button>
              </Stack>
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Stack>
                <Title order={2} size="h4">
                  {t("trade.home.pairTitle")}
                </Title>
                <Group grow align="flex-end" wrap="wrap">
                  <JurisdictionPicker label={t("trade.field.a")} codes={codes} value={a} onChange={setA} exclude={b ?? undefined} />
                  <JurisdictionPicker label={t("trade.field.b")} codes={codes} value={b} onChange={setB} exclude={a ?? undefined} />
                </Group>
                <Button disabled={!a || !b} onClick={() => a && b && navigate(`/trade/bilateral/${a}/${b}`)}>
                  {t("trade.home.pairButton")}
                </Button>
                <Group gap="xs">
                  <Text size="sm" c="dimmed">
                    {t("trade.home.quickLinks")}
                  </Text>
                  {QUICK_PAIRS.filter(([x, y]) => codes.includes(x) && codes.includes(y)).map(([x, y]) => (
                    <Anchor key={`${x}-${y}`} component={Link} to={`/trade/bilateral/${x}/${y}`} size="sm">
                      {name(x)} – {name(y)}
                    </Anchor>
                  ))}
                </Group>
              </Stack>
            </Paper>
          </SimpleGrid>
        )}
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t("trade.home.datasets")}
            </Title>
            {isAdmin ? (
              <Button component={Link} to="/admin/trade/imports" variant="light" size="xs">
                {t("trade.home.importsLink")}
              </Button>
            ) : null}
          </Group>
          {datasets.map((d) => (
            <Paper key={d.name} withBorder p="sm" radius="md" data-testid="trade-dataset">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Group gap="xs">
                  <Text fw={600}>{d.name}</Text>
                  <Badge variant="light">{t(`trade.format.${d.format}`)}</Badge>
                  {d.synthetic ? <Badge color="orange">{t("trade.dataset.synthetic")}</Badge> : null}
                </Group>
                <Text size="sm" c="dimmed">
                  {t("trade.dataset.summary", {
                    version: d.version,
                    rows: formatNumber(d.rows, language),
                    from: d.fromYear ?? "—",
                    to: d.toYear ?? "—",
                    date: formatDate(d.importedAt, language),
                  })}
                </Text>
              </Group>
              {d.licence ? (
                <Text size="xs" c="dimmed" mt={4}>
                  {d.licence}
                </Text>
              ) : null}
            </Paper>
          ))}
        </Stack>
      </Stack>
    </Container>
  );
}
