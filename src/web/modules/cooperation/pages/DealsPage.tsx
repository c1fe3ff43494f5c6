import { Box, Button, Container, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { DEAL_STAGES, type TDealSummary } from "../../../../contracts/cooperation";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PageLoader } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { CountrySelect } from "../../directory/components/JurisdictionSelects";
import { SectorSelect, useSectorNames } from "../../directory/components/SectorSelects";
import { DataTable } from "../../trade/components/DataTable";
import { useUsd } from "../../trade/hooks/money";
import { usePlaceNames } from "../../trade/hooks/place-names";
import { DealBoard } from "../components/DealBoard";
import { useDeals } from "../hooks/deals";

const KINDS = ["sale", "supply_contract", "distribution", "joint_venture"] as const;

/** The pipeline of deals and joint ventures the reader may see: a board by stage or a table, with totals. */
export function DealsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const usd = useUsd();
  const [params, setParams] = useSearchParams();
  const view = params.get("view") === "table" ? "table" : "board";
  const filters = {
    stage: params.get("stage") ?? undefined,
    kind: params.get("kind") ?? undefined,
    country: params.get("country") ?? undefined,
    sector: params.get("sector") ?? undefined,
  };
  const deals = useDeals(filters);
  useDocumentTitle(t("deals.title"));
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const data = deals.data;
  const countries = usePlaceNames(data?.totals.byCountry.map((row) => row.key) ?? []);
  const sectorName = useSectorNames();
  return (
    <Container size="xl" py="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={1}>{t("deals.title")}</Title>
            <Text c="dimmed" size="sm">
              {t("deals.lead")}
            </Text>
          </div>
          <Button component={Link} to="/deals/new">
            {t("deals.new")}
          </Button>
        </Group>
        <Group align="flex-end" wrap="wrap">
          <SegmentedControl
            value={view}
            onChange={(value) => set("view", value === "board" ? null : value)}
            data={[
              { value: "board", label: t("deals.board") },
              { value: "table", label: t("deals.table") },
            ]}
          />
          <Select
            label={t("deals.field.stage")}
            data={DEAL_STAGES.map((s) => ({ value: s, label: t(`deals.stage.${s}`) }))}
            value={filters.stage ?? null}
            onChange={(v) => set("stage", v)}
            clearable
            w={180}
          />
          <Select
            label={t("deals.field.kind")}
            data={KINDS.map((k) => ({ value: k, label: t(`deals.kind.${k}`) }))}
            value={filters.kind ?? null}
            onChange={(v) => set("kind", v)}
            clearable
            w={200}
          />
          <Box w={220}>
            <CountrySelect label={t("deals.totals.country")} value={filters.country ?? null} onChange={(v) => set("country", v)} clearable />
          </Box>
          <Box w={220}>
            <SectorSelect label={t("deals.totals.sector")} value={filters.sector ?? null} onChange={(v) => set("sector", v)} />
          </Box>
        </Group>
        {deals.isPending ? (
          <PageLoader />
        ) : deals.isError || !data ? (
          <ErrorAlert error={deals.error} />
        ) : (
          <>
            {data.items.length === 0 ? <Text>{t("deals.none")}</Text> : null}
            {view === "board" && data.items.some((d) => d.editable) ? (
              <Text size="xs" c="dimmed">
                {t("deals.dragHint")}
              </Text>
            ) : null}
            {view === "board" ? (
              <DealBoard deals={data.items} stages={DEAL_STAGES.filter((stage) => !filters.stage || stage === filters.stage)} />
            ) : (
              <DataTable
                title={t("deals.table")}
                rows={data.items}
                rowKey={(row) => row.id}
                testId="deal-table"
                columns={[
                  { label: t("deals.field.title"), value: (row: TDealSummary) => pickLocalized(row.title, language) },
                  { label: t("deals.field.kind"), value: (row: TDealSummary) => t(`deals.kind.${row.kind}`) },
                  { label: t("deals.field.stage"), value: (row: TDealSummary) => t(`deals.stage.${row.stage}`) },
                  { label: t("deals.field.parties"), value: (row: TDealSummary) => row.parties.map((p) => pickLocalized(p.name, language)).join("; ") },
                  {
                    label: t("deals.field.valueUsd"),
                    value: (row: TDealSummary) => row.valueUsd,
                    render: (row: TDealSummary) => usd(row.valueUsd),
                    numeric: true,
                  },
                ]}
              />
            )}
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <DataTable
                title={t("deals.totals.byStage")}
                minWidth={0}
                rows={data.totals.byStage}
                rowKey={(row) => row.key}
                columns={[
                  { label: t("deals.field.stage"), value: (row) => t(`deals.stage.${row.key}`) },
                  { label: t("deals.totals.count"), value: (row) => row.count, numeric: true },
                  { label: t("deals.field.valueUsd"), value: (row) => row.valueUsd, render: (row) => usd(row.valueUsd), numeric: true },
                ]}
              />
              <DataTable
                title={t("deals.totals.byCountry")}
                minWidth={0}
                rows={data.totals.byCountry}
                rowKey={(row) => row.key}
                columns={[
                  { label: t("deals.totals.country"), value: (row) => countries(row.key) },
                  { label: t("deals.totals.count"), value: (row) => row.count, numeric: true },
                  { label: t("deals.field.valueUsd"), value: (row) => row.valueUsd, render: (row) => usd(row.valueUsd), numeric: true },
                ]}
              />
              <DataTable
                title={t("deals.totals.bySector")}
                minWidth={0}
                rows={data.totals.bySector}
                rowKey={(row) => row.key}
                columns={[
                  { label: t("deals.totals.sector"), value: (row) => sectorName(row.key) },
                  { label: t("deals.totals.count"), value: (row) => row.count, numeric: true },
                  { label: t("deals.field.valueUsd"), value: (row) => row.valueUsd, render: (row) => usd(row.valueUsd), numeric: true },
                ]}
              />
            </SimpleGrid>
          </>
        )}
      </Stack>
    </Container>
  );
}
