import { useTranslation } from "react-i18next";
import { FilterPanel } from "../../../ui/FilterPanel";
import type { DirectoryParams } from "../hooks/useDirectoryParams";
import { RegionSelect } from "./JurisdictionSelects";
import { CountryFilter, HsFilter, SectorFilter } from "./SearchFilters";

type Props = { params: DirectoryParams; onChange: (patch: Partial<DirectoryParams>) => void };

/** Country, region, sector and HS filters; products have no sector of their own. */
export function DirectoryFilters({ params, onChange }: Props) {
  const { t } = useTranslation();
  const active = [params.country, params.region, params.sector, params.hs].filter(Boolean).length;
  const products = params.tab === "products";

  return (
    <FilterPanel
      active={active}
      columns={products ? 3 : 4}
      onClear={() => onChange({ country: undefined, region: undefined, sector: undefined, hs: undefined })}
    >
      <CountryFilter value={params.country} onChange={(country) => onChange({ country })} />
      <RegionSelect
        label={t("directory.region")}
        country={params.country ?? null}
        value={params.region ?? null}
        onChange={(region) => onChange({ region: region ?? undefined })}
      />
      {products ? null : <SectorFilter value={params.sector} onChange={(sector) => onChange({ sector })} />}
      <HsFilter value={params.hs} onChange={(hs) => onChange({ hs })} testId="directory-hs-filter" />
    </FilterPanel>
  );
}
