import { Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SearchIcon } from "../../../ui/icons";
import { useSearchText } from "../../../ui/useSearchText";
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
  const [text, setText] = useSearchText(params.q, (q) => update({ q }), 300);
  const plan = useFloorPlan(id);
  const exhibitors = useExhibitors(id, params);

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
