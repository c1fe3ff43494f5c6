import { Button, Center, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert, errorMessage } from "../../../../ui/ErrorAlert";
import { formatNumber } from "../../../../ui/format";
import { CardSkeletons } from "../../../../ui/Loading";
import { useLanguage } from "../../../../ui/useLanguage";
import { type RegistrationPatch, useRegistrationList, useUpdateRegistration } from "../../hooks/registrations-admin";
import { type FilterValues, RegistrationFiltersBar } from "./RegistrationFiltersBar";
import { RegistrationRow } from "./RegistrationRow";

const NO_FILTERS: FilterValues = { q: "", category: null, checkedIn: null };

/** The forum's visitors, newest first, filtered and loaded a page at a time. */
export function RegistrationList({ forumId, timeZone }: { forumId: string; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [filters, setFilters] = useState(NO_FILTERS);
  // Typing a name should not send a request per letter.
  const [q] = useDebouncedValue(filters.q.trim(), 300);
  const list = useRegistrationList(forumId, { q, category: filters.category ?? undefined, checkedIn: filters.checkedIn ?? undefined });
  const update = useUpdateRegistration(forumId);

  const change = (id: string, patch: RegistrationPatch) =>
    update.mutate({ id, patch }, { onError: (error) => notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }) });

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  return (
    <Stack gap="md">
      <RegistrationFiltersBar value={filters} onChange={setFilters} />
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isPending ? (
        <CardSkeletons count={3} />
      ) : (
        <Stack gap="xs" aria-busy={list.isFetching} data-testid="registration-list">
          <Text size="sm" c="dimmed" data-testid="registration-total">
            {t("registrationsAdmin.total", { number: formatNumber(total, language) })}
          </Text>
          {items.length === 0 ? (
            <Center py="xl">
              <Text c="dimmed">{t("registrationsAdmin.empty")}</Text>
            </Center>
          ) : null}
          {items.map((registration) => (
            <RegistrationRow
              key={registration.id}
              registration={registration}
              timeZone={timeZone}
              busy={update.isPending && update.variables?.id === registration.id}
              onCategory={(category) => change(registration.id, { category })}
              onCancelled={(cancelled) => change(registration.id, { cancelled })}
            />
          ))}
          {list.hasNextPage ? (
            <Center>
              <Button variant="default" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage} data-testid="load-more">
                {t("registrationsAdmin.loadMore")}
              </Button>
            </Center>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}
