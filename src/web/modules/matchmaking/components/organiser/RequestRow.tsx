import { Badge, Card, Group, Select, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TMeetingRequest } from "../../../../../contracts/matchmaking";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { formatVenueDateTime } from "../../../exhibitions/components/venue-time";
import { RequestStatusBadge } from "../requests/RequestStatusBadge";

const PRIORITIES = Array.from({ length: 10 }, (_, value) => ({ value: String(value), label: String(value) }));

type Props = { request: TMeetingRequest; timeZone: string; busy: boolean; onPriority: (priority: number) => void };

/** One request: who asked whom, its state and dates, and the organiser's priority for the scheduler. */
export function RequestRow({ request: r, timeZone, busy, onPriority }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const from = pickLocalized(r.from.name, language);
  const to = pickLocalized(r.to.name, language);
  const when = (iso: string) => formatVenueDateTime(iso, timeZone, language);

  return (
    <Card withBorder padding="sm" radius="md" data-testid="request-row" data-status={r.status} data-priority={r.priority}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Text fw={600} style={{ overflowWrap: "anywhere" }}>
            {t("matchmakingAdmin.requests.fromTo", { from, to })}
          </Text>
          <Group gap={4}>
            <RequestStatusBadge status={r.status} />
            {r.mutual ? (
              <Badge color="violet" variant="light" size="sm">
                {t("matchmakingAdmin.requests.mutual")}
              </Badge>
            ) : null}
            {r.meetingId ? (
              <Badge color="brand" variant="outline" size="sm">
                {t("matchmakingAdmin.requests.hasMeeting")}
              </Badge>
            ) : null}
          </Group>
          {r.message ? (
            <Text size="sm" lineClamp={2} style={{ overflowWrap: "anywhere" }}>
              {r.message}
            </Text>
          ) : null}
          {r.declineReason ? (
            <Text size="sm" c="red.8">
              {t("matchmakingAdmin.requests.declineReason", { reason: r.declineReason })}
            </Text>
          ) : null}
          {r.proposedStartsAt ? <Text size="sm">{t("matchmakingAdmin.requests.proposed", { time: when(r.proposedStartsAt) })}</Text> : null}
          <Text size="xs" c="dimmed">
            {[
              t("matchmakingAdmin.requests.sent", { time: when(r.createdAt) }),
              r.respondedAt ? t("matchmakingAdmin.requests.answered", { time: when(r.respondedAt) }) : null,
              r.status === "pending" ? t("matchmakingAdmin.requests.expires", { time: when(r.expiresAt) }) : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        </Stack>
        <Select
          label={t("matchmakingAdmin.requests.priority")}
          aria-label={t("matchmakingAdmin.requests.priorityOf", { from, to })}
          data={PRIORITIES}
          value={String(r.priority)}
          onChange={(value) => value !== null && Number(value) !== r.priority && onPriority(Number(value))}
          allowDeselect={false}
          disabled={busy}
          size="xs"
          w={76}
          comboboxProps={{ withinPortal: true }}
          data-testid="request-priority"
        />
      </Group>
    </Card>
  );
}
