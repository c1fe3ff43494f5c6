import { Button, Group, Modal, Select, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { TMatchmakingSettings, TMeetingPlace, TMeetingRequest } from "../../../../../contracts/matchmaking";
import { FormError } from "../../../../ui/ErrorAlert";
import { pickLocalized } from "../../../../ui/localized";
import { useFormSubmit } from "../../../../ui/useFormSubmit";
import { useLanguage } from "../../../../ui/useLanguage";
import { type RequestAnswer, useAnswerRequest } from "../../hooks/requests";
import { SlotSelect } from "../SlotSelect";
import { upcomingSlots } from "../slots";
import { useVenueClock } from "../useVenueClock";
import type { RequestView } from "./request-view";

/** The answers that need more than a click: accepting (where to meet), declining (why), proposing (when). */
export type AnswerKind = "accept" | "decline" | "propose";

type Props = {
  kind: AnswerKind;
  forumId: string;
  timeZone: string;
  settings: TMatchmakingSettings | undefined;
  request: TMeetingRequest;
  view: RequestView;
  places: TMeetingPlace[];
  onClose: () => void;
};
type Values = { message: string; reason: string; place: TMeetingPlace | null; startsAt: string | null };

const MARKUP = /<\s*\/?\s*[a-z!?]/i;

export function AnswerModal({ kind, forumId, timeZone, settings, request, view, places, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const clock = useVenueClock(timeZone);
  const phone = useMediaQuery("(max-width: 36em)");
  const answer = useAnswerRequest(forumId);
  const name = pickLocalized(view.counterpart.name, language);
  const plain = (text: string, max: number) =>
    text.length > max ? t("matchmaking.answer.tooLong", { max }) : MARKUP.test(text) ? t("matchmaking.profileForm.errors.markup") : null;
  const form = useForm<Values>({
    initialValues: { message: "", reason: "", place: places[0] ?? null, startsAt: null },
    validate: {
      message: (text) => plain(text, 2000),
      reason: (text) => (kind !== "decline" ? null : !text.trim() ? t("matchmaking.answer.reasonRequired") : plain(text, 1000)),
      startsAt: (startsAt) => (kind === "propose" && !startsAt ? t("matchmaking.answer.slotRequired") : null),
    },
  });
  const { submit, failure } = useFormSubmit(form, async (values) => {
    const message = values.message.trim() || undefined;
    const body: RequestAnswer =
      kind === "accept"
        ? { action: "accept", body: { message, ...(places.length > 1 && values.place ? { place: values.place } : {}) } }
        : kind === "decline"
          ? { action: "decline", body: { reason: values.reason.trim() } }
          : { action: "propose", body: { startsAt: values.startsAt ?? "", message } };
    await answer.mutateAsync({ requestId: request.id, answer: body });
    notifications.show({ color: "brand", message: t(`matchmaking.answer.done.${kind}`, { name }) });
    onClose();
  });

  return (
    <Modal opened onClose={onClose} title={t(`matchmaking.answer.titles.${kind}`, { name })} size="md" fullScreen={phone}>
      <form onSubmit={submit} noValidate data-testid={`${kind}-form`}>
        <Stack gap="md">
          {kind === "accept" && view.proposal && !view.proposal.byMe ? (
            <Text size="sm" data-testid="accept-proposed-time">
              {t("matchmaking.answer.acceptProposal", { time: clock.moment(view.proposal.startsAt) })}
            </Text>
          ) : null}
          {kind === "accept" && places.length > 1 ? (
            <Select
              label={t("matchmaking.answer.place")}
              data={places.map((place) => ({ value: place, label: t(`matchmaking.places.${place}`) }))}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data-testid="accept-place"
              {...form.getInputProps("place")}
            />
          ) : null}
          {kind === "propose" && settings && upcomingSlots(settings.slots, Date.now()).length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="propose-no-slots">
              {t("matchmaking.answer.noSlots")}
            </Text>
          ) : null}
          {kind === "propose" && settings ? (
            <SlotSelect
              settings={settings}
              timeZone={timeZone}
              label={t("matchmaking.answer.slot")}
              description={t("matchmaking.answer.slotHint")}
              value={form.values.startsAt}
              onChange={(startsAt) => form.setFieldValue("startsAt", startsAt)}
              error={form.errors.startsAt}
              required
              testId="propose-slot-select"
            />
          ) : null}
          {kind === "decline" ? (
            <Textarea
              label={t("matchmaking.answer.reason")}
              placeholder={t("matchmaking.answer.reasonPlaceholder")}
              required
              autosize
              minRows={3}
              maxLength={1000}
              data-autofocus
              data-testid="decline-reason"
              {...form.getInputProps("reason")}
            />
          ) : (
            <Textarea
              label={t("matchmaking.answer.message")}
              autosize
              minRows={2}
              maxLength={2000}
              data-testid={`${kind}-message`}
              {...form.getInputProps("message")}
            />
          )}
          <FormError message={failure} testId={`${kind}-error`} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={answer.isPending} color={kind === "decline" ? "red" : undefined} data-testid={`${kind}-submit`}>
              {t(`matchmaking.answer.submit.${kind}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
