import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { TLocalizedText } from "../../../../contracts/common";
import type { TMatchmakingSettings, TParticipant } from "../../../../contracts/matchmaking";
import { FormError } from "../../../ui/ErrorAlert";
import { pickLocalized } from "../../../ui/localized";
import { useFormSubmit } from "../../../ui/useFormSubmit";
import { useLanguage } from "../../../ui/useLanguage";
import { useSendMeetingRequest } from "../hooks/requests";
import { SlotSelect } from "./SlotSelect";
import { upcomingSlots } from "./slots";

type Props = {
  forumId: string;
  timeZone: string;
  settings: TMatchmakingSettings | undefined;
  from: TParticipant;
  to: { organizationId: string; name: TLocalizedText };
  onClose: () => void;
};
type Values = { message: string; preferredStartsAt: string | null };

const MARKUP = /<\s*\/?\s*[a-z!?]/i;

/** Asks a counterpart for a meeting, with a few words and, if one suits, a preferred slot. */
export function RequestMeetingModal({ forumId, timeZone, settings, from, to, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const phone = useMediaQuery("(max-width: 36em)");
  const send = useSendMeetingRequest(forumId);
  const form = useForm<Values>({
    initialValues: { message: "", preferredStartsAt: null },
    validate: {
      message: (text) =>
        !text.trim()
          ? t("matchmaking.request.messageRequired")
          : text.length > 2000
            ? t("matchmaking.request.messageTooLong")
            : MARKUP.test(text)
              ? t("matchmaking.profileForm.errors.markup")
              : null,
    },
  });
  const { submit, failure } = useFormSubmit(form, async (values) => {
    await send.mutateAsync({
      forumId,
      fromOrganizationId: from.organizationId,
      toOrganizationId: to.organizationId,
      message: values.message.trim(),
      preferredStartsAt: values.preferredStartsAt,
    });
    notifications.show({ color: "brand", message: t("matchmaking.request.sent", { name: pickLocalized(to.name, language) }) });
    onClose();
  });
  const closed = settings ? !settings.requestsOpen : false;

  return (
    <Modal opened onClose={onClose} title={t("matchmaking.request.title", { name: pickLocalized(to.name, language) })} size="lg" fullScreen={phone}>
      <form onSubmit={submit} noValidate data-testid="request-form">
        <Stack gap="md">
          {closed ? (
            <Alert color="yellow" variant="light" data-testid="requests-closed">
              {t("matchmaking.request.closed")}
            </Alert>
          ) : null}
          <Text size="sm" c="dimmed">
            {t("matchmaking.request.hint", { from: pickLocalized(from.name, language) })}
          </Text>
          <Textarea
            label={t("matchmaking.request.message")}
            placeholder={t("matchmaking.request.messagePlaceholder")}
            required
            autosize
            minRows={4}
            maxLength={2000}
            data-autofocus
            data-testid="request-message"
            {...form.getInputProps("message")}
          />
          {settings && upcomingSlots(settings.slots, Date.now()).length > 0 ? (
            <SlotSelect
              settings={settings}
              timeZone={timeZone}
              label={t("matchmaking.request.preferredSlot")}
              description={t("matchmaking.request.preferredSlotHint")}
              placeholder={t("matchmaking.request.anySlot")}
              value={form.values.preferredStartsAt}
              onChange={(startsAt) => form.setFieldValue("preferredStartsAt", startsAt)}
              error={form.errors.preferredStartsAt}
              testId="request-slot"
            />
          ) : null}
          <FormError message={failure} testId="request-error" />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={send.isPending} disabled={closed} data-testid="send-request">
              {t("matchmaking.request.send")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
