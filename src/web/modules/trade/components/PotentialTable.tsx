import { Anchor, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TPotentialProduct } from "../../../../contracts/trade";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { useUsd } from "../hooks/money";
import { DataTable } from "./DataTable";

/** Untapped potential one way, each product with the directory's companies that make it. */
export function PotentialTable({ title, rows }: { title: string; rows: TPotentialProduct[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const usd = useUsd();
  const companies = (row: TPotentialProduct) => row.companies.map((c) => pickLocalized(c.name, language)).join("; ");
  return (
    <DataTable
      title={title}
      description={t("trade.bilateral.untappedHint")}
      rows={rows}
      rowKey={(row) => row.hs}
      testId="untapped-table"
      columns={[
        { label: t("trade.col.hs"), value: (row) => row.hs },
        { label: t("trade.col.product"), value: (row) => row.name },
        { label: t("trade.col.untapped"), value: (row) => row.untapped, render: (row) => usd(row.untapped), numeric: true },
        { label: t("trade.col.actual"), value: (row) => row.actual, render: (row) => usd(row.actual), numeric: true },
        {
          label: t("trade.col.companies"),
          value: companies,
          render: (row) =>
            row.companies.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t("trade.bilateral.noCompanies")}
              </Text>
            ) : (
              <Group gap={6}>
                {row.companies.map((c) => (
                  <Anchor key={c.id} component={Link} to={`/organizations/${c.id}`} size="sm">
                    {pickLocalized(c.name, language)}
                  </Anchor>
                ))}
              </Group>
            ),
        },
      ]}
    />
  );
}
