import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PROFILE_KINDS, type TProfileKind } from "../../../../../contracts/matchmaking";
import { FilterPanel } from "../../../../ui/FilterPanel";
import { CountryFilter, HsFilter } from "../../../directory/components/SearchFilters";
import type { ProfileFilters as Filters } from "../../hooks/profiles";

type Props = { filters: Filters; onChange: (patch: Partial<Filters>) => void };

/** Kind, HS code and country filters of the profile list. */
export function ProfileFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const active = [filters.kind, filters.hs, filters.country].filter(Boolean).length;
  return (
    <FilterPanel active={active} columns={3} onClear={() => onChange({ kind: undefined, hs: undefined, country: undefined })}>
      <Select
        label={t("matchmaking.profiles.kind")}
        data={PROFILE_KINDS.map((kind) => ({ value: kind, label: t(`matchmaking.kinds.${kind}`) }))}
        value={filters.kind ?? null}
        onChange={(kind) => onChange({ kind: (kind as TProfileKind | null) ?? undefined })}
        clearable
        placeholder={t("matchmaking.profiles.anyKind")}
        comboboxProps={{ withinPortal: true }}
        data-testid="profile-kind-filter"
      />
      <HsFilter value={filters.hs} onChange={(hs) => onChange({ hs })} testId="profile-hs-filter" />
      <CountryFilter value={filters.country} onChange={(country) => onChange({ country })} />
    </FilterPanel>
  );
}
