import { Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TMatchmakingSettings, TMeetingPlace, TMeetingSlot, TParticipant } from "../../../../../contracts/matchmaking";
import { FormError } from "../../../../ui/ErrorAlert";
import { pickLocalized } from "../../../../ui/localized";
import { SearchableSelect } from "../../../../ui/SearchableSelect";
import { useFormSubmit } from "../../../../ui/useFormSubmit";
import { useLanguage } from "../../../../ui/useLanguage";
import { useBookSpotMeeting } from "../../hooks/agenda";
import { useForumParticipants } from "../../hooks/matchmaking";
import { allowedPlaces } from "../places";
import { useVenueClock } from "../useVenueClock";
import { spotHostAndGuest } from "./agenda-days";

type Props = { forumId: string; timeZone: string; settings: TMatchmakingSettings | undefined; me: TParticipant; slot: TMeetingSlot; onClose: () => void };
type Values = { counterpartId: string | null; place: TMeetingPlace | null };

/** Books a free slot on the spot with any participant who is free then; the server checks both are. */
export function SpotBookingModal({ forumId, timeZone, settings, me, slot, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const clock = useVenueClock(timeZone);
  const phone = useMediaQuery("(max-width: 36em)");
  const participants = useForumParticipants(forumId);
  const book = useBookSpotMeeting(forumId);
  const others = useMemo(() => (participants.data ?? []).filter((p) => p.organizationId !== me.organizationId), [participants.data, me.organizationId]);
  const options = useMemo(
    () =>
      others
        .map((p) => ({ value: p.organizationId, label: `${pickLocalized(p.name, language)} (${p.country})` }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [others, language],
  );
  const form = useForm<Values>({
    initialValues: { counterpartId: null, place: null },
    validate: { counterpartId: (id) => (id ? null : t("matchmaking.spot.counterpartRequired")) },
  });
  const counterpart = others.find((p) => p.organizationId === form.values.counterpartId) ?? null;
  const places = allowedPlaces(settings, me, counterpart);
  // The first allowed place until someone picks another; a pick that the new counterpart rules out is dropped.
  const place = form.values.place && places.includes(form.values.place) ? form.values.place : (places[0] ?? null);

  const { submit, failure } = useFormSubmit(form, async (_values, fail) => {
    if (!counterpart) return;
    if (!place) return fail(t("matchmaking.spot.placeRequired"));
    await book.mutateAsync({ ...spotHostAndGuest(me, counterpart, place), startsAt: slot.startsAt, place });
    notifications.show({ color: "brand", message: t("matchmaking.spot.booked", { name: pickLocalized(counterpart.name, language) }) });
    onClose();
  });

  return (
    <Modal opened onClose={onClose} title={t("matchmaking.spot.title", { time: clock.moment(slot.startsAt) })} size="md" fullScreen={phone}>
      <form onSubmit={submit} noValidate data-testid="spot-form">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t("matchmaking.spot.hint")}
          </Text>
          <SearchableSelect
            label={t("matchmaking.spot.counterpart")}
            data={options}
            placeholder={participants.isPending ? t("common.loading") : t("matchmaking.spot.counterpartPlaceholder")}
            required
            data-testid="spot-counterpart"
            {...form.getInputProps("counterpartId")}
          />
          <Select
            label={t("matchmaking.answer.place")}
            data={places.map((p) => ({ value: p, label: t(`matchmaking.places.${p}`) }))}
            value={place}
            onChange={(value) => form.setFieldValue("place", value as TMeetingPlace | null)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="spot-place"
          />
          <FormError message={failure} testId="spot-error" />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={book.isPending} data-testid="spot-submit">
              {t("matchmaking.spot.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
