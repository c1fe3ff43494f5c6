import { Anchor, Badge, Button, Container, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PageLoader } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { useMe } from "../../account/session";
import { usePlaceNames } from "../../trade/hooks/place-names";
import { useAgendas } from "../hooks/agendas";

/** The cooperation agendas governments keep here, each between two jurisdictions. */
export function AgendasPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const agendas = useAgendas();
  const signedIn = Boolean(useMe().data);
  const name = usePlaceNames((agendas.data ?? []).flatMap((a) => [a.a, a.b]));
  useDocumentTitle(t("agendas.title"));
  if (agendas.isPending) return <PageLoader />;
  if (agendas.isError) return <ErrorAlert error={agendas.error} />;
  return (
    <Container size="lg" py="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={1}>{t("agendas.title")}</Title>
            <Text c="dimmed" size="sm">
              {t("agendas.lead")}
            </Text>
          </div>
          {signedIn ? (
            <Button component={Link} to="/agendas/new" variant="default">
              {t("agendas.new")}
            </Button>
          ) : null}
        </Group>
        {agendas.data.length === 0 ? <Text>{t("agendas.none")}</Text> : null}
        {agendas.data.map((agenda) => (
          <Paper key={agenda.id} withBorder p="md" radius="md" data-testid="agenda-card">
            <Stack gap={6}>
              <Anchor component={Link} to={`/agendas/${agenda.id}`} fw={700} size="lg">
                {pickLocalized(agenda.title, language)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {name(agenda.a)} – {name(agenda.b)}
              </Text>
              <Group gap={4}>
                {agenda.priorityAreas.map((area) => (
                  <Badge key={area} variant="light" size="sm">
                    {t(`agendas.area.${area}`)}
                  </Badge>
                ))}
              </Group>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Container>
  );
}
