import { Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ATTENDANCE, type TMeeting } from "../../../../../contracts/matchmaking";
import { errorMessage } from "../../../../ui/ErrorAlert";
import { formatMoney } from "../../../../ui/format";
import { useLanguage } from "../../../../ui/useLanguage";
import { venueDateOf } from "../../../exhibitions/components/venue-time";
import { useSetAttendance } from "../../hooks/agenda";
import { ParticipantHeader } from "../ParticipantHeader";
import { useVenueClock } from "../useVenueClock";
import { counterpartOf } from "./agenda-days";
import { PlaceLine } from "./PlaceLine";

type Props = { forumId: string; timeZone: string; meeting: TMeeting; organizationId: string; onOutcome: () => void };

const MARKS = ATTENDANCE.filter((a) => a !== "planned");
const ATTENDANCE_COLORS: Record<string, string> = { planned: "blue", held: "green", cancelled: "gray", no_show: "red" };

/** A scheduled meeting: when, with whom, where; on the day, whether it happened and what came of it. */
export function AgendaMeetingCard({ forumId, timeZone, meeting, organizationId, onOutcome }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const clock = useVenueClock(timeZone);
  const attendance = useSetAttendance(forumId);
  const counterpart = counterpartOf(meeting, organizationId);
  const mine = meeting.outcomes.find((o) => o.organizationId === organizationId);
  // Marks are for the day itself and after: nobody can say a meeting was held before it starts.
  const onTheDay = !!meeting.startsAt && venueDateOf(meeting.startsAt, timeZone) <= venueDateOf(new Date().toISOString(), timeZone);
  const mark = (value: (typeof MARKS)[number]) =>
    attendance.mutate(
      { meetingId: meeting.id, attendance: value },
      { onError: (error) => notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }) },
    );

  return (
    <Card withBorder padding="md" radius="md" data-testid="agenda-meeting" data-meeting={meeting.id}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text fw={700} size="lg" data-testid="agenda-time">
            {meeting.startsAt ? clock.range(meeting.startsAt, meeting.endsAt) : t("matchmaking.agenda.noTime")}
          </Text>
          <Badge variant="light" color={ATTENDANCE_COLORS[meeting.attendance]} data-testid="agenda-attendance" data-attendance={meeting.attendance}>
            {t(`matchmaking.attendance.${meeting.attendance}`)}
          </Badge>
        </Group>
        <PlaceLine meeting={meeting} />
        <ParticipantHeader participant={counterpart} size={40} />
        {mine ? (
          <Group gap="xs" justify="space-between">
            <Text size="sm" data-testid="agenda-outcome">
              {t(`matchmaking.outcomes.${mine.outcome}`)}
              {mine.value !== null && mine.currency ? ` · ${formatMoney(mine.value, mine.currency, language)}` : null}
            </Text>
            {mine.outcome === "deal_expected" ? (
              <Button component={Link} to={dealFromMeeting(meeting.id, counterpart.organizationId, mine)} size="compact-sm" variant="subtle">
                {t("matchmaking.outcome.startDeal")}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {onTheDay ? (
          <Group justify="space-between" gap="xs">
            <Group gap={6}>
              {MARKS.map((value) => (
                <Button
                  key={value}
                  size="compact-sm"
                  variant={meeting.attendance === value ? "filled" : "default"}
                  color={ATTENDANCE_COLORS[value]}
                  onClick={() => mark(value)}
                  loading={attendance.isPending && attendance.variables?.attendance === value}
                  aria-pressed={meeting.attendance === value}
                  data-testid={`attendance-${value}`}
                >
                  {t(`matchmaking.attendance.${value}`)}
                </Button>
              ))}
            </Group>
            <Button size="compact-sm" variant="light" onClick={onOutcome} data-testid="record-outcome">
              {mine ? t("matchmaking.outcome.change") : t("matchmaking.outcome.record")}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The new-deal form filled in from a meeting whose outcome was an expected deal: the partner, the value, the meeting it came from. */
function dealFromMeeting(meetingId: string, partner: string, outcome: { value: number | null; currency: string | null }) {
  const params = new URLSearchParams({ kind: "supply_contract", partner, meeting: meetingId });
  if (outcome.value !== null && outcome.currency) {
    params.set("value", String(outcome.value));
    params.set("currency", outcome.currency);
  }
  return `/deals/new?${params}`;
}
