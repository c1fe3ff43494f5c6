import { Stack, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { SearchIcon } from "../../../ui/icons";
import { SearchResults } from "../../directory/components/SearchResults";
import { ExhibitorCard } from "../components/ExhibitorCard";
import { ExhibitorFilters } from "../components/ExhibitorFilters";
import { useExhibitors } from "../hooks/applications";
import { useFloorPlan, useForumId } from "../hooks/forum";
import { useExhibitorParams } from "../hooks/useExhibitorParams";

export function ExhibitorsPage() {
  const { t } = useTranslation();
  const id = useForumId();
  const [params, update] = useExhibitorParams();
  const [text, setText] = useState(params.q);
  const [debounced] = useDebouncedValue(text, 300);
  const plan = useFloorPlan(id);
  const exhibitors = useExhibitors(id, params);

  // Typing updates the URL (and so the search) after a pause, not on every key.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed text should trigger this
  useEffect(() => {
    if (debounced.trim() !== params.q) update({ q: debounced.trim() });
  }, [debounced]);
  // Back and forward change the URL under us; show its query in the box.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only outside URL changes should trigger this
  useEffect(() => {
    if (params.q !== text.trim()) setText(params.q);
  }, [params.q]);

  return (
    <Stack gap="md">
      <TextInput
        size="md"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        placeholder={t("exhibitors.searchPlaceholder")}
        aria-label={t("exhibitors.searchLabel")}
        leftSection={<SearchIcon size={18} />}
        type="search"
        autoComplete="off"
        data-testid="exhibitor-search"
      />
      <ExhibitorFilters pavilions={plan.data?.pavilions ?? []} filters={params} onChange={update} />
      <SearchResults
        query={exhibitors}
        keyOf={(exhibitor) => exhibitor.applicationId}
        render={(exhibitor) => <ExhibitorCard forumId={id} exhibitor={exhibitor} />}
        totalLabel={(total) => t("exhibitors.found", { total })}
        emptyLabel={params.q || params.country || params.sector || params.hs || params.pavilionId ? t("exhibitors.noneMatch") : t("exhibitors.none")}
      />
    </Stack>
  );
}
