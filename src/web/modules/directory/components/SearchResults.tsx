import { Button, Center, SimpleGrid, Stack, Text } from "@mantine/core";
import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { formatNumber } from "../../../ui/format";
import { CardSkeletons } from "../../../ui/Loading";
import { useLanguage } from "../../../ui/useLanguage";

type Page<T> = { items: T[]; nextCursor: string | null; total: number };

type Props<T> = {
  query: UseInfiniteQueryResult<InfiniteData<Page<T>>>;
  render: (item: T) => React.ReactNode;
  keyOf: (item: T) => string;
  totalLabel: (total: string) => string;
  emptyLabel: string;
  cols?: { base: number; sm?: number; lg?: number };
  showTotal?: boolean;
};

/** A grid of result cards with the total and a "Load more" button that follows the cursor. */
export function SearchResults<T>({ query, render, keyOf, totalLabel, emptyLabel, cols = { base: 1, sm: 2, lg: 3 }, showTotal = true }: Props<T>) {
  const { t } = useTranslation();
  const language = useLanguage();

  if (query.isError && !query.data) return <ErrorAlert error={query.error} />;
  if (query.isPending) {
    return (
      <SimpleGrid cols={cols} spacing="md">
        <CardSkeletons count={6} />
      </SimpleGrid>
    );
  }
  const items = query.data.pages.flatMap((page) => page.items);
  const total = query.data.pages[0]?.total ?? 0;

  return (
    // aria-busy lets assistive technology (and tests) know newer results are on their way.
    <Stack gap="md" aria-busy={query.isFetching} data-testid="search-results">
      {showTotal ? (
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="results-total">
          {totalLabel(formatNumber(total, language))}
        </Text>
      ) : null}
      {items.length === 0 ? (
        <Center py="xl">
          <Text c="dimmed">{emptyLabel}</Text>
        </Center>
      ) : (
        <SimpleGrid cols={cols} spacing="md" style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: "opacity 150ms" }}>
          {items.map((item) => (
            <Fragment key={keyOf(item)}>{render(item)}</Fragment>
          ))}
        </SimpleGrid>
      )}
      {query.hasNextPage ? (
        <Center>
          <Button variant="default" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t("directory.loadMore")}
          </Button>
        </Center>
      ) : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
    </Stack>
  );
}
