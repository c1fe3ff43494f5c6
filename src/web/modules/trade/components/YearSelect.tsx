import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Picks a year among those the data covers, latest first. */
export function YearSelect({ years, value, onChange }: { years: number[]; value: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const data = [...new Set(years)].sort((a, b) => b - a).map(String);
  return <Select label={t("trade.year")} data={data} value={String(value)} onChange={(year) => year && onChange(Number(year))} w={110} allowDeselect={false} />;
}
