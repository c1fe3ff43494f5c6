import { Button, Collapse, SimpleGrid } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { DirectoryParams } from "../hooks/useDirectoryParams";
import { HsPicker } from "./HsPicker";
import { CountrySelect, RegionSelect } from "./JurisdictionSelects";
import { SectorSelect } from "./SectorSelects";

type Props = { params: DirectoryParams; onChange: (patch: Partial<DirectoryParams>) => void };

/** Country, region, sector and HS filters; folded away on phones so results stay in view. */
export function DirectoryFilters({ params, onChange }: Props) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const wide = useMediaQuery("(min-width: 48em)", true);
  const active = [params.country, params.region, params.sector, params.hs].filter(Boolean).length;
  const products = params.tab === "products";

  return (
    <>
      {!wide ? (
        <Button variant="default" onClick={toggle} aria-expanded={opened} fullWidth>
          {active ? t("directory.filtersActive", { number: active }) : t("directory.filters")}
        </Button>
      ) : null}
      <Collapse expanded={wide || opened}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: products ? 3 : 4 }} spacing="sm">
          <CountrySelect
            label={t("directory.country")}
            value={params.country ?? null}
            onChange={(country) => onChange({ country: country ?? undefined })}
            clearable
            placeholder={t("directory.anyCountry")}
          />
          <RegionSelect
            label={t("directory.region")}
            country={params.country ?? null}
            value={params.region ?? null}
            onChange={(region) => onChange({ region: region ?? undefined })}
          />
          {products ? null : (
            <SectorSelect label={t("directory.sector")} value={params.sector ?? null} onChange={(sector) => onChange({ sector: sector ?? undefined })} />
          )}
          <HsPicker
            label={t("directory.hs")}
            levels={[2, 4]}
            value={params.hs ?? null}
            onChange={(hs) => onChange({ hs: hs ?? undefined })}
            testId="directory-hs-filter"
            placeholder={t("directory.anyHs")}
          />
        </SimpleGrid>
        {active ? (
          <Button variant="subtle" size="xs" mt="xs" onClick={() => onChange({ country: undefined, region: undefined, sector: undefined, hs: undefined })}>
            {t("directory.clearFilters")}
          </Button>
        ) : null}
      </Collapse>
    </>
  );
}
