import { Anchor, Badge, Container, Group, SimpleGrid, Stack, Text, Timeline, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { TDeal } from "../../../../contracts/cooperation";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { ErrorAlert, errorMessage } from "../../../ui/ErrorAlert";
import { Fact } from "../../../ui/Fact";
import { flagEmoji, formatDate, formatMoney } from "../../../ui/format";
import { PageLoader } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { TitledPanel } from "../../../ui/TitledPanel";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { useUsd } from "../../trade/hooks/money";
import { DealCommitments } from "../components/DealCommitments";
import { DealDocuments } from "../components/DealDocuments";
import { DealMilestones } from "../components/DealMilestones";
import { DealStageControl } from "../components/DealStageControl";
import { useDeal, useRemoveDeal } from "../hooks/deals";

/** One deal or joint venture: who, what, how much, the facility plan, milestones and everything that changed. */
export function DealPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const usd = useUsd();
  const id = useParams().id ?? "";
  const deal = useDeal(id);
  const data = deal.data;
  useDocumentTitle(data ? pickLocalized(data.title, language) : t("deals.title"));
  if (deal.isPending) return <PageLoader />;
  if (deal.isError || !data) return <ErrorAlert error={deal.error} />;
  const organizations = (list: TDeal["parties"]) =>
    list.map((p) => (
      <Anchor key={p.id} component={Link} to={`/organizations/${p.id}`} size="sm" display="block">
        {flagEmoji(p.country)} {pickLocalized(p.name, language)}
      </Anchor>
    ));
  return (
    <Container size="lg" py="lg">
      <Stack gap="md">
        <div>
          <Anchor component={Link} to="/deals" size="sm">
            {t("deals.title")}
          </Anchor>
          <Title order={1}>{pickLocalized(data.title, language)}</Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light">{t(`deals.kind.${data.kind}`)}</Badge>
            <Badge color={data.stage === "dropped" ? "gray" : "teal"} data-testid="deal-stage">
              {t(`deals.stage.${data.stage}`)}
            </Badge>
          </Group>
          {data.dropReason ? (
            <Text size="sm" c="dimmed" mt={4}>
              {t("deals.droppedBecause", { reason: data.dropReason })}
            </Text>
          ) : null}
        </div>
        {data.editable ? (
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <DealStageControl deal={data} />
            {data.stage === "lead" ? <RemoveDealButton id={data.id} /> : null}
          </Group>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t("deals.field.parties")}>{organizations(data.parties)}</Fact>
          <Fact label={t("deals.field.value")}>
            <Text>{data.value !== null && data.currency ? formatMoney(data.value, data.currency, language) : "—"}</Text>
            {data.valueUsd !== null && data.currency !== "USD" ? (
              <Text size="sm" c="dimmed">
                {t("deals.usdAt", { usd: usd(data.valueUsd), rate: data.usdRate, date: data.rateDate ? formatDate(data.rateDate, language) : "" })}
              </Text>
            ) : null}
          </Fact>
          <Fact label={t("deals.sharedWithView")}>{data.sharedWith.length > 0 ? organizations(data.sharedWith) : <Text size="sm">—</Text>}</Fact>
          <Fact label={t("deals.field.hsCodes")}>
            <Text size="sm">{data.hsCodes.join(", ") || "—"}</Text>
          </Fact>
          {pickLocalized(data.description, language) ? (
            <Fact label={t("deals.field.description")}>
              <Text size="sm">{pickLocalized(data.description, language)}</Text>
            </Fact>
          ) : null}
        </SimpleGrid>
        {data.facility ? (
          <TitledPanel look="section" title={t("deals.facility.title")}>
            <SimpleGrid cols={{ base: 2, sm: 3 }} data-testid="facility">
              <Fact label={t("deals.facility.location")}>{data.facility.location}</Fact>
              <Fact label={t("deals.facility.yearlyCapacity")}>{data.facility.yearlyCapacity ?? "—"}</Fact>
              <Fact label={t("deals.facility.investmentUsd")}>{usd(data.facility.investmentUsd)}</Fact>
              <Fact label={t("deals.facility.jobs")}>{data.facility.jobs ?? "—"}</Fact>
              <Fact label={t("deals.facility.startDate")}>{data.facility.startDate ? formatDate(data.facility.startDate, language) : "—"}</Fact>
            </SimpleGrid>
          </TitledPanel>
        ) : null}
        <DealMilestones deal={data} />
        <DealDocuments deal={data} />
        <DealCommitments deal={data} />
        <TitledPanel look="section" title={t("deals.activity.title")}>
          <Timeline active={data.activity.length} bulletSize={12} lineWidth={2} data-testid="activity">
            {data.activity.map((a) => (
              <Timeline.Item key={`${a.at}-${a.action}`} title={t(`deals.activity.${a.action}`, activityValues(a, t))}>
                <Text size="xs" c="dimmed">
                  {formatDate(a.at, language, true)}
                  {a.actor ? ` · ${a.actor}` : ""}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </TitledPanel>
      </Stack>
    </Container>
  );
}

/** What an activity line says: the stages it moved between, the milestone, the fields changed. */
function activityValues(a: TDeal["activity"][number], t: (key: string) => string) {
  const detail = a.detail as { from?: string; to?: string; title?: string; name?: string; version?: number; fields?: string[]; reason?: string };
  return {
    from: detail.from ? t(`deals.stage.${detail.from}`) : "",
    to: detail.to ? t(`deals.stage.${detail.to}`) : "",
    title: detail.title ?? (detail.name ? `${detail.name} (${detail.version})` : ""),
    fields: (detail.fields ?? []).map((field) => t(`deals.field.${field}`)).join(", "),
  };
}

/** A lead entered by mistake can go; a deal under way is dropped with a reason instead. */
function RemoveDealButton({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useRemoveDeal();
  return (
    <ConfirmButton
      question={t("deals.confirmRemove")}
      confirmLabel={t("deals.remove")}
      onConfirm={() =>
        remove.mutate(id, {
          onSuccess: () => navigate("/deals", { replace: true }),
          onError: (error) => notifications.show({ color: "red", message: errorMessage(error, t) }),
        })
      }
      variant="subtle"
      color="red"
      loading={remove.isPending}
    >
      {t("deals.remove")}
    </ConfirmButton>
  );
}
