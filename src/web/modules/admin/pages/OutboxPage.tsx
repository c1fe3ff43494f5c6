import { Accordion, Badge, Button, Center, Group, Stack, Text, Title } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { formatDate, formatNumber } from "../../../ui/format";
import { CardSkeletons } from "../../../ui/Loading";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";

type OutboxMessage = { id: string; to: string; subject: string; text: string; status: "stored" | "sent" | "failed"; createdAt: string };
type Page = { items: OutboxMessage[]; nextCursor: string | null; total: number };

const STATUS_COLORS = { stored: "gray", sent: "brand", failed: "red" } as const;

/** What the platform e-mailed (or stored, without SMTP): lets operators hand out reset links by hand. */
export function OutboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("outbox.title"));
  const language = useLanguage();
  const outbox = useInfiniteQuery({
    queryKey: ["admin", "outbox"],
    queryFn: ({ pageParam }) => api.get<Page>("/api/v1/admin/outbox", { cursor: pageParam, limit: 50 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  const items = outbox.data?.pages.flatMap((p) => p.items) ?? [];
  const total = outbox.data?.pages[0]?.total ?? 0;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("outbox.title")}</Title>
        <Text c="dimmed">{t("outbox.subtitle")}</Text>
      </div>
      {outbox.isPending ? (
        <Stack>
          <CardSkeletons count={4} />
        </Stack>
      ) : outbox.isError ? (
        <ErrorAlert error={outbox.error} />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t("outbox.total", { total: formatNumber(total, language) })}
          </Text>
          {items.length === 0 ? (
            <Center py="xl">
              <Text c="dimmed">{t("outbox.empty")}</Text>
            </Center>
          ) : (
            <Accordion variant="separated" chevronPosition="left">
              {items.map((m) => (
                <Accordion.Item key={m.id} value={m.id} data-testid="outbox-message">
                  <Accordion.Control>
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      <div style={{ minWidth: 0 }}>
                        <Text fw={600} size="sm">
                          {m.subject}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t("outbox.to", { to: m.to })}
                        </Text>
                      </div>
                      <Group gap="xs">
                        <Badge color={STATUS_COLORS[m.status]} variant="light">
                          {t(`outbox.status.${m.status}`)}
                        </Badge>
                        <Text size="xs" c="dimmed">
                          {formatDate(m.createdAt, language, true)}
                        </Text>
                      </Group>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Text size="sm" className="preserve-lines" ff="monospace">
                      {m.text}
                    </Text>
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          )}
          {outbox.hasNextPage ? (
            <Center>
              <Button variant="default" onClick={() => outbox.fetchNextPage()} loading={outbox.isFetchingNextPage}>
                {t("directory.loadMore")}
              </Button>
            </Center>
          ) : null}
        </>
      )}
    </Stack>
  );
}
