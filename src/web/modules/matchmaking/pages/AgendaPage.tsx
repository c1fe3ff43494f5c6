import { Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TMeeting, TMeetingSlot } from "../../../../contracts/matchmaking";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { CardSkeletons } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { useForumId } from "../../exhibitions/hooks/forum";
import { useActing } from "../components/acting";
import { AgendaMeetingCard } from "../components/agenda/AgendaMeetingCard";
import { counterpartOf, groupByVenueDay } from "../components/agenda/agenda-days";
import { CalendarLinks } from "../components/agenda/CalendarLinks";
import { FreeSlots } from "../components/agenda/FreeSlots";
import { OutcomeModal } from "../components/agenda/OutcomeModal";
import { SpotBookingModal } from "../components/agenda/SpotBookingModal";
import { useVenueClock } from "../components/useVenueClock";
import { useAgenda } from "../hooks/agenda";
import { useMatchmakingSettings } from "../hooks/matchmaking";

/** The acting organisation's published meetings by day in venue time, the ones still to be scheduled, and free slots. */
export function AgendaPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const forumId = useForumId();
  const acting = useActing();
  const agenda = useAgenda(forumId, acting.organizationId);
  const settings = useMatchmakingSettings(forumId);
  const [outcomeFor, setOutcomeFor] = useState<TMeeting | null>(null);
  const [booking, setBooking] = useState<TMeetingSlot | null>(null);
  const clock = useVenueClock(agenda.data?.timeZone ?? "UTC");

  if (agenda.isError) return <ErrorAlert error={agenda.error} />;
  if (agenda.isPending) return <CardSkeletons count={2} />;
  const { timeZone, meetings, unscheduled, freeSlots, feedUrl } = agenda.data;
  const days = groupByVenueDay(meetings, timeZone);

  return (
    <Stack gap="lg" data-testid="agenda-page">
      <CalendarLinks forumId={forumId} organizationId={acting.organizationId} feedUrl={feedUrl} />
      <Text size="xs" c="dimmed">
        {t("matchmaking.agenda.venueTime", { zone: timeZone })}
      </Text>
      {days.length === 0 ? (
        <Text c="dimmed" data-testid="agenda-empty">
          {unscheduled.length ? t("matchmaking.agenda.notPublished") : t("matchmaking.agenda.none")}
        </Text>
      ) : null}
      {days.map((day) => (
        <Stack key={day.date} gap="sm" data-testid="agenda-day" data-date={day.date}>
          <Title order={3} size="h4">
            {clock.day(day.date)}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {day.items.map((meeting) => (
              <AgendaMeetingCard
                key={meeting.id}
                forumId={forumId}
                timeZone={timeZone}
                meeting={meeting}
                organizationId={acting.organizationId}
                onOutcome={() => setOutcomeFor(meeting)}
              />
            ))}
          </SimpleGrid>
        </Stack>
      ))}
      {unscheduled.length ? (
        <Stack gap="sm" data-testid="agenda-unscheduled">
          <div>
            <Title order={3} size="h4">
              {t("matchmaking.agenda.waiting")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("matchmaking.agenda.waitingHint")}
            </Text>
          </div>
          {unscheduled.map((meeting) => (
            <Card key={meeting.id} withBorder padding="sm" radius="md" data-testid="agenda-unscheduled-meeting">
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={600}>
                  {pickLocalized(counterpartOf(meeting, acting.organizationId).name, language)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(`matchmaking.places.${meeting.place}`)}
                </Text>
              </Group>
            </Card>
          ))}
        </Stack>
      ) : null}
      <FreeSlots slots={freeSlots} timeZone={timeZone} onBook={setBooking} />
      {outcomeFor ? <OutcomeModal forumId={forumId} meeting={outcomeFor} organizationId={acting.organizationId} onClose={() => setOutcomeFor(null)} /> : null}
      {booking ? (
        <SpotBookingModal forumId={forumId} timeZone={timeZone} settings={settings.data} me={acting} slot={booking} onClose={() => setBooking(null)} />
      ) : null}
    </Stack>
  );
}
