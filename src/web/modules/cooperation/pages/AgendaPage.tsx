import { Alert, Anchor, Badge, Button, Container, Group, Stack, Text, Timeline, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { formatDate } from "../../../ui/format";
import { PageLoader } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { TitledPanel } from "../../../ui/TitledPanel";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { usePlaceNames } from "../../trade/hooks/place-names";
import { AgendaCommitments } from "../components/AgendaCommitments";
import { AgendaKeeperForms } from "../components/AgendaKeeperForms";
import { AgendaPartActions } from "../components/AgendaPartActions";
import { AgendaSettingsButton } from "../components/AgendaSettingsButton";
import { AgendaTargets } from "../components/AgendaTargets";
import { useAgenda, useRemindOwners } from "../hooks/agendas";

/** One cooperation agenda: its dashboard of targets, overdue commitments, meetings, and the way to the opportunities it points at. */
export function AgendaPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useParams().id ?? "";
  const agenda = useAgenda(id);
  const remind = useRemindOwners(id);
  const data = agenda.data;
  const name = usePlaceNames(data ? [data.a, data.b] : []);
  useDocumentTitle(data ? pickLocalized(data.title, language) : t("agendas.title"));
  if (agenda.isPending) return <PageLoader />;
  if (agenda.isError || !data) return <ErrorAlert error={agenda.error} />;
  const overdue = data.commitments.filter((c) => c.overdue);
  return (
    <Container size="lg" py="lg">
      <Stack gap="md">
        <div>
          <Anchor component={Link} to="/agendas" size="sm">
            {t("agendas.title")}
          </Anchor>
          <Title order={1}>{pickLocalized(data.title, language)}</Title>
          <Text c="dimmed" size="sm">
            {name(data.a)} – {name(data.b)} · {t("agendas.keptBy", { keepers: data.keepers.map((k) => pickLocalized(k.name, language)).join(", ") })}
          </Text>
        </div>
        <Group gap="xs">
          <Button component={Link} to={`/cooperation?a=${data.a}&b=${data.b}`}>
            {t("agendas.opportunities")}
          </Button>
          <Button component="a" href={`/api/v1/agendas/${data.id}/roadmap.pdf?lang=${language}`} variant="default">
            {t("agendas.roadmap")}
          </Button>
          {data.editable ? (
            <Button
              variant="default"
              loading={remind.isPending}
              onClick={async () => {
                const { sent } = await remind.mutateAsync();
                notifications.show({ color: "green", message: t("agendas.remindersSent", { count: sent }) });
              }}
            >
              {t("agendas.remind")}
            </Button>
          ) : null}
          {data.editable ? <AgendaSettingsButton agenda={data} /> : null}
        </Group>
        <Group gap={4}>
          {data.priorityAreas.map((area) => (
            <Badge key={area} variant="light">
              {t(`agendas.area.${area}`)}
            </Badge>
          ))}
        </Group>
        {overdue.length > 0 ? (
          <Alert color="red" variant="light" title={t("agendas.overdueTitle", { count: overdue.length })} data-testid="overdue">
            {overdue.map((c) => c.title).join(" · ")}
          </Alert>
        ) : null}
        <TitledPanel look="section" title={t("agendas.targets")}>
          <AgendaTargets agenda={data} />
        </TitledPanel>
        <TitledPanel look="section" title={t("agendas.commitments")}>
          <AgendaCommitments agenda={data} />
        </TitledPanel>
        {data.editable ? <AgendaKeeperForms agenda={data} /> : null}
        <TitledPanel look="section" title={t("agendas.meetings")}>
          <Timeline bulletSize={14} lineWidth={2} active={data.meetings.length}>
            {data.meetings.map((m) => (
              <Timeline.Item
                key={m.id}
                title={
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text fw={600} size="sm">{`${formatDate(m.date, language)} · ${m.place}`}</Text>
                    {data.editable ? (
                      <AgendaPartActions agendaId={data.id} part={{ kind: "meetings", item: m }} label={`${formatDate(m.date, language)} · ${m.place}`} />
                    ) : null}
                  </Group>
                }
                data-testid="agenda-meeting"
              >
                <Text size="xs" c="dimmed">
                  {m.participants}
                </Text>
                <Text size="sm">{m.decisions}</Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </TitledPanel>
      </Stack>
    </Container>
  );
}
