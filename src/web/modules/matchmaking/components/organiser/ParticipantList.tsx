import { Button, Center, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TParticipantCategory } from "../../../../../contracts/matchmaking";
import { ErrorAlert, errorMessage } from "../../../../ui/ErrorAlert";
import { FilterPanel } from "../../../../ui/FilterPanel";
import { formatNumber } from "../../../../ui/format";
import { SearchIcon } from "../../../../ui/icons";
import { CardSkeletons } from "../../../../ui/Loading";
import { useLanguage } from "../../../../ui/useLanguage";
import { CountrySelect, useJurisdictionName } from "../../../directory/components/JurisdictionSelects";
import { useChangeParticipantCategory, useParticipantList, useRemoveParticipant } from "../../hooks/matchmaking-admin";
import { participantCategoryOptions } from "./category-options";
import { ParticipantRow } from "./ParticipantRow";

type Filters = { q: string; category: TParticipantCategory | null; country: string | null };
const NO_FILTERS: Filters = { q: "", category: null, country: null };

/** The forum's matchmaking participants, searched and filtered, a page at a time. */
export function ParticipantList({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const countryName = useJurisdictionName().country;
  const [filters, setFilters] = useState(NO_FILTERS);
  // Typing a name should not send a request per letter.
  const [q] = useDebouncedValue(filters.q.trim(), 300);
  const list = useParticipantList(forumId, { q, category: filters.category ?? undefined, country: filters.country ?? undefined });
  const change = useChangeParticipantCategory(forumId);
  const remove = useRemoveParticipant(forumId);
  const onError = (error: unknown) => notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) });

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  return (
    <Stack gap="md">
      <TextInput
        label={t("matchmakingAdmin.participants.search")}
        placeholder={t("matchmakingAdmin.participants.searchHint")}
        leftSection={<SearchIcon size={16} />}
        value={filters.q}
        onChange={(event) => setFilters({ ...filters, q: event.currentTarget.value })}
        data-testid="participant-search"
      />
      <FilterPanel
        active={(filters.category ? 1 : 0) + (filters.country ? 1 : 0)}
        onClear={() => setFilters({ ...filters, category: null, country: null })}
        columns={2}
      >
        <Select
          label={t("matchmakingAdmin.participants.category")}
          placeholder={t("matchmakingAdmin.participants.anyCategory")}
          data={participantCategoryOptions(t)}
          value={filters.category}
          onChange={(category) => setFilters({ ...filters, category: category as TParticipantCategory | null })}
          clearable
          comboboxProps={{ withinPortal: true }}
          data-testid="participant-category-filter"
        />
        <CountrySelect
          label={t("matchmakingAdmin.participants.country")}
          placeholder={t("matchmakingAdmin.participants.anyCountry")}
          value={filters.country}
          onChange={(country) => setFilters({ ...filters, country })}
          clearable
        />
      </FilterPanel>
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isPending ? (
        <CardSkeletons count={3} />
      ) : (
        <Stack gap="xs" aria-busy={list.isFetching} data-testid="participant-list">
          <Text size="sm" c="dimmed" data-testid="participant-total" data-total={total}>
            {t("matchmakingAdmin.participants.total", { count: formatNumber(total, language) })}
          </Text>
          {items.length === 0 ? (
            <Center py="xl">
              <Text c="dimmed">{t("matchmakingAdmin.participants.empty")}</Text>
            </Center>
          ) : null}
          {items.map((participant) => (
            <ParticipantRow
              key={participant.organizationId}
              participant={participant}
              countryName={countryName}
              busy={
                (change.isPending && change.variables?.organizationId === participant.organizationId) ||
                (remove.isPending && remove.variables === participant.organizationId)
              }
              onCategory={(category) => change.mutate({ organizationId: participant.organizationId, category }, { onError })}
              onRemove={() => remove.mutate(participant.organizationId, { onError })}
            />
          ))}
          {list.hasNextPage ? (
            <Center>
              <Button variant="default" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage} data-testid="participants-more">
                {t("matchmakingAdmin.loadMore")}
              </Button>
            </Center>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}
