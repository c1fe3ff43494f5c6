import { Autocomplete } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TBooth, TFloorPlan } from "../../../../../contracts/exhibitions";
import { SearchIcon } from "../../../../ui/icons";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { useExhibitors } from "../../hooks/applications";

const MAX_RESULTS = 8;

type Props = { forumId: string; plan: TFloorPlan; onFound: (booth: TBooth) => void };

/**
 * Finds a booth by its number or its exhibitor's name. Names on the plan are matched at once;
 * the exhibitor catalogue adds matches by other languages, products and transliteration.
 */
export function PlanSearch({ forumId, plan, onFound }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [query, setQuery] = useState("");
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const catalogue = useExhibitors(forumId, { q: debounced });
  const booths = useMemo(() => plan.halls.flatMap((h) => h.booths), [plan]);

  const labelOf = (booth: TBooth) => {
    const name = booth.exhibitor ? pickLocalized(booth.exhibitor.name, language) : "";
    return name ? `${booth.number} · ${name}` : booth.number;
  };

  const results = (() => {
    const needle = query.trim().toLocaleLowerCase();
    if (!needle) return [];
    const found = new Map<string, TBooth>();
    for (const booth of booths) {
      if (booth.number.toLocaleLowerCase().includes(needle) || labelOf(booth).toLocaleLowerCase().includes(needle)) found.set(booth.id, booth);
    }
    if (debounced.length >= 2) {
      for (const exhibitor of catalogue.data?.pages.flatMap((page) => page.items) ?? []) {
        const booth = exhibitor.booth && booths.find((b) => b.id === exhibitor.booth?.id);
        if (booth) found.set(booth.id, booth);
      }
    }
    return [...found.values()].slice(0, MAX_RESULTS);
  })();

  const byLabel = new Map(results.map((booth) => [labelOf(booth), booth]));

  return (
    <Autocomplete
      value={query}
      onChange={setQuery}
      data={[...byLabel.keys()]}
      filter={({ options }) => options}
      onOptionSubmit={(label) => {
        const booth = byLabel.get(label);
        if (booth) onFound(booth);
      }}
      leftSection={<SearchIcon size={16} />}
      placeholder={t("floorPlan.search.placeholder")}
      aria-label={t("floorPlan.search.label")}
      data-testid="plan-search"
      maw={480}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
