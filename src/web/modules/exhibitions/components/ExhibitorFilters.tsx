import { Button, Collapse, Select, SimpleGrid } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { TPavilion } from "../../../../contracts/exhibitions";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { HsPicker } from "../../directory/components/HsPicker";
import { CountrySelect } from "../../directory/components/JurisdictionSelects";
import { SectorSelect } from "../../directory/components/SectorSelects";
import type { ExhibitorFilters as Filters } from "../hooks/applications";

type Props = { pavilions: TPavilion[]; filters: Filters; onChange: (patch: Partial<Filters>) => void };

/** Pavilion, country, sector and HS filters of the catalogue; folded away on phones so results stay in view. */
export function ExhibitorFilters({ pavilions, filters, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [opened, { toggle }] = useDisclosure(false);
  const wide = useMediaQuery("(min-width: 48em)", true);
  const active = [filters.pavilionId, filters.country, filters.sector, filters.hs].filter(Boolean).length;

  return (
    <>
      {!wide ? (
        <Button variant="default" onClick={toggle} aria-expanded={opened} fullWidth>
          {active ? t("directory.filtersActive", { number: active }) : t("directory.filters")}
        </Button>
      ) : null}
      <Collapse expanded={wide || opened}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
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
          <CountrySelect
            label={t("directory.country")}
            value={filters.country ?? null}
            onChange={(country) => onChange({ country: country ?? undefined })}
            clearable
            placeholder={t("directory.anyCountry")}
          />
          <SectorSelect label={t("directory.sector")} value={filters.sector ?? null} onChange={(sector) => onChange({ sector: sector ?? undefined })} />
          <HsPicker
            label={t("directory.hs")}
            levels={[2, 4]}
            value={filters.hs ?? null}
            onChange={(hs) => onChange({ hs: hs ?? undefined })}
            testId="exhibitors-hs-filter"
            placeholder={t("directory.anyHs")}
          />
        </SimpleGrid>
        {active ? (
          <Button variant="subtle" size="xs" mt="xs" onClick={() => onChange({ pavilionId: undefined, country: undefined, sector: undefined, hs: undefined })}>
            {t("directory.clearFilters")}
          </Button>
        ) : null}
      </Collapse>
    </>
  );
}
