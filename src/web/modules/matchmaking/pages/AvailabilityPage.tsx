import { Button, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert, errorMessage, FormError } from "../../../ui/ErrorAlert";
import { PageSkeleton } from "../../../ui/Loading";
import { useForum, useForumId } from "../../exhibitions/hooks/forum";
import { useActing } from "../components/acting";
import { AvailabilityGrid } from "../components/availability/AvailabilityGrid";
import { groupSlots, instantSet } from "../components/slots";
import { useMatchmakingSettings, useSaveUnavailability, useUnavailability } from "../hooks/matchmaking";

/** Slots the acting organisation cannot meet in: the scheduler leaves them free. */
export function AvailabilityPage() {
  const { t } = useTranslation();
  const forumId = useForumId();
  const forum = useForum(forumId);
  const acting = useActing();
  const settings = useMatchmakingSettings(forumId);
  const saved = useUnavailability(forumId, acting.organizationId);
  const save = useSaveUnavailability(forumId, acting.organizationId);
  // Null until the person changes something: until then the saved answer is shown as it is.
  const [draft, setDraft] = useState<Set<number> | null>(null);
  const [failure, setFailure] = useState<string>();

  if (settings.isError) return <ErrorAlert error={settings.error} />;
  if (saved.isError) return <ErrorAlert error={saved.error} />;
  if (settings.isPending || saved.isPending || !forum.data) return <PageSkeleton />;

  const timeZone = forum.data.timeZone;
  const current = draft ?? instantSet(saved.data.slots);
  const days = groupSlots(settings.data.slots, settings.data.sessions, timeZone);
  const toggle = (startsAt: string) => {
    const next = new Set(current);
    const instant = Date.parse(startsAt);
    if (next.has(instant)) next.delete(instant);
    else next.add(instant);
    setDraft(next);
  };
  const submit = () => {
    setFailure(undefined);
    const slots = settings.data.slots.filter((slot) => current.has(Date.parse(slot.startsAt))).map((slot) => slot.startsAt);
    save.mutate(slots, {
      onSuccess: () => {
        setDraft(null);
        notifications.show({ color: "brand", message: t("matchmaking.availability.saved") });
      },
      onError: (error) => setFailure(errorMessage(error, t)),
    });
  };
  const busy = settings.data.slots.filter((slot) => current.has(Date.parse(slot.startsAt))).length;

  return (
    <Stack gap="md" data-testid="availability-page">
      <Text size="sm" c="dimmed">
        {t("matchmaking.availability.hint")}
      </Text>
      {days.length === 0 ? (
        <Text c="dimmed" data-testid="availability-empty">
          {t("matchmaking.availability.noSlots")}
        </Text>
      ) : (
        <AvailabilityGrid days={days} timeZone={timeZone} unavailable={current} onToggle={toggle} />
      )}
      <FormError message={failure} testId="availability-error" />
      <Group justify="space-between" gap="sm" style={{ position: "sticky", bottom: 0, background: "var(--mantine-color-body)", paddingBlock: 8 }}>
        <Text size="sm" data-testid="availability-count">
          {t("matchmaking.availability.count", { busy, total: settings.data.slots.length })}
        </Text>
        <Button onClick={submit} loading={save.isPending} disabled={draft === null} data-testid="save-availability">
          {t("common.save")}
        </Button>
      </Group>
    </Stack>
  );
}
