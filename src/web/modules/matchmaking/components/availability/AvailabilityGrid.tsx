import { Button, Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { pickLocalized } from "../../../../ui/localized";
import type { SlotDay } from "../slots";
import { useVenueClock } from "../useVenueClock";

type Props = { days: SlotDay[]; timeZone: string; unavailable: Set<number>; onToggle: (startsAt: string) => void };

/** The forum's slots by day and session; a pressed slot is one the participant cannot meet in. */
export function AvailabilityGrid({ days, timeZone, unavailable, onToggle }: Props) {
  const { t } = useTranslation();
  const clock = useVenueClock(timeZone);
  return (
    <Stack gap="md">
      {days.map((day) => (
        <Stack key={day.date} gap="xs" data-testid="availability-day" data-date={day.date}>
          <Title order={3} size="h4">
            {clock.day(day.date)}
          </Title>
          {day.sessions.map((session) => {
            const name = pickLocalized(session.label, clock.language);
            return (
              <Card key={session.session} withBorder padding="sm" radius="md" data-testid="availability-session">
                <Text size="sm" fw={600} mb="xs">
                  {name ? `${name} · ` : ""}
                  {session.start && session.end ? `${session.start}–${session.end}` : null}
                </Text>
                <SimpleGrid cols={{ base: 3, xs: 4, sm: 6, lg: 8 }} spacing={6}>
                  {session.slots.map((slot) => {
                    const off = unavailable.has(Date.parse(slot.startsAt));
                    return (
                      <Button
                        key={slot.startsAt}
                        size="compact-sm"
                        variant={off ? "filled" : "light"}
                        color={off ? "red" : "teal"}
                        onClick={() => onToggle(slot.startsAt)}
                        aria-pressed={off}
                        title={off ? t("matchmaking.availability.busy") : t("matchmaking.availability.free")}
                        td={off ? "line-through" : undefined}
                        data-testid="availability-slot"
                        data-starts={slot.startsAt}
                        data-unavailable={off}
                      >
                        {clock.time(slot.startsAt)}
                      </Button>
                    );
                  })}
                </SimpleGrid>
              </Card>
            );
          })}
        </Stack>
      ))}
    </Stack>
  );
}
