import type { ComboboxData } from "@mantine/core";
import type { TMatchmakingSettings } from "../../../../contracts/matchmaking";
import { pickLocalized } from "../../../ui/localized";
import { SearchableSelect } from "../../../ui/SearchableSelect";
import { groupSlots, upcomingSlots } from "./slots";
import { useVenueClock } from "./useVenueClock";

type Props = {
  settings: Pick<TMatchmakingSettings, "slots" | "sessions">;
  timeZone: string;
  label: string;
  description?: string;
  placeholder?: string;
  value: string | null;
  onChange: (startsAt: string | null) => void;
  error?: React.ReactNode;
  required?: boolean;
  testId: string;
};

/** One of the forum's meeting slots, by day, in venue time; slots already over are not offered. */
export function SlotSelect({ settings, timeZone, label, description, placeholder, value, onChange, error, required, testId }: Props) {
  const clock = useVenueClock(timeZone);
  // Recomputed each render: slots already over drop out while the dialog stays open.
  const data: ComboboxData = groupSlots(upcomingSlots(settings.slots, Date.now()), settings.sessions, timeZone).map((day) => ({
    group: clock.day(day.date),
    items: day.sessions.flatMap((session) => {
      const name = pickLocalized(session.label, clock.language);
      return session.slots.map((slot) => ({ value: slot.startsAt, label: `${clock.range(slot.startsAt, slot.endsAt)}${name ? ` · ${name}` : ""}` }));
    }),
  }));
  return (
    <SearchableSelect
      label={label}
      description={description}
      placeholder={placeholder}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      clearable={!required}
      data-testid={testId}
    />
  );
}
