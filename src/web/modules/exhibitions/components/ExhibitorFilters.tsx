import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TPavilion } from "../../../../contracts/exhibitions";
import { FilterPanel } from "../../../ui/FilterPanel";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { CountryFilter, HsFilter, SectorFilter } from "../../directory/components/SearchFilters";
import type { ExhibitorFilters as Filters } from "../hooks/applications";

type Props = { pavilions: TPavilion[]; filters: Filters; onChange: (patch: Partial<Filters>) => void };

/** Pavilion, country, sector and HS filters of the catalogue. */
export function ExhibitorFilters({ pavilions, filters, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const active = [filters.pavilionId, filters.country, filters.sector, filters.hs].filter(Boolean).length;

  return (
    <FilterPanel active={active} columns={4} onClear={() => onChange({ pavilionId: undefined, country: undefined, sector: undefined, hs: undefined })}>
      <Select
        label={t("exhibitors.pavilion")}
        data={pavilions.map((pavilion) => ({ value: pavilion.id, label: pickLocalized(pavilion.name, language) }))}
        value={filters.pavilionId ?? null}
        onChange={(pavilionId) => onChange({ pavilionId: pavilionId ?? undefined })}
        clearable
        placeholder={t("exhibitors.anyPavilion")}
        comboboxProps={{ withinPortal: true }}
        disabled={pavilions.length === 0}
      />
      <CountryFilter value={filters.country} onChange={(country) => onChange({ country })} />
      <SectorFilter value={filters.sector} onChange={(sector) => onChange({ sector })} />
      <HsFilter value={filters.hs} onChange={(hs) => onChange({ hs })} testId="exhibitors-hs-filter" />
    </FilterPanel>
  );
}
