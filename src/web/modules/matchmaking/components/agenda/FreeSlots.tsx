import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TMeetingSlot } from "../../../../../contracts/matchmaking";
import { upcomingSlots } from "../slots";
import { useVenueClock } from "../useVenueClock";
import { groupByVenueDay } from "./agenda-days";

type Props = { slots: TMeetingSlot[]; timeZone: string; onBook: (slot: TMeetingSlot) => void };

/** Slots still free for the participant, each bookable on the spot. */
export function FreeSlots({ slots, timeZone, onBook }: Props) {
  const { t } = useTranslation();
  const clock = useVenueClock(timeZone);
  const days = groupByVenueDay(upcomingSlots(slots, Date.now()), timeZone);
  if (days.length === 0) return null;
  return (
    <Stack gap="sm" data-testid="agenda-free-slots">
      <div>
        <Title order={3} size="h4">
          {t("matchmaking.agenda.freeSlots")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("matchmaking.agenda.freeSlotsHint")}
        </Text>
      </div>
      {days.map((day) => (
        <Card key={day.date} withBorder padding="sm" radius="md">
          <Text fw={600} size="sm" mb="xs">
            {clock.day(day.date)}
          </Text>
          <Stack gap={6}>
            {day.items.map((slot) => (
              <Group key={slot.startsAt} justify="space-between" gap="xs" wrap="nowrap" data-testid="agenda-free-slot" data-starts={slot.startsAt}>
                <Text size="sm" ff="monospace">
                  {clock.range(slot.startsAt, slot.endsAt)}
                </Text>
                <Button size="compact-sm" variant="light" onClick={() => onBook(slot)} data-testid="book-slot">
                  {t("matchmaking.agenda.bookHere")}
                </Button>
              </Group>
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
