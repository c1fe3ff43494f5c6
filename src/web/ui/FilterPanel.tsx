import { Button, Collapse, SimpleGrid } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Props = {
  /** How many filters are set: counted on the phone's toggle, and a reason to offer clearing them. */
  active: number;
  onClear: () => void;
  /** Filters side by side on a wide screen. */
  columns: number;
  children: ReactNode;
};

/** A row of search filters, folded away on phones so results stay in view. */
export function FilterPanel({ active, onClear, columns, children }: Props) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const wide = useMediaQuery("(min-width: 48em)", true);

  return (
    <>
      {!wide ? (
        <Button variant="default" onClick={toggle} aria-expanded={opened} fullWidth>
          {active ? t("directory.filtersActive", { number: active }) : t("directory.filters")}
        </Button>
      ) : null}
      <Collapse expanded={wide || opened}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: columns }} spacing="sm">
          {children}
        </SimpleGrid>
        {active ? (
          <Button variant="subtle" size="xs" mt="xs" onClick={onClear}>
            {t("directory.clearFilters")}
          </Button>
        ) : null}
      </Collapse>
    </>
  );
}
