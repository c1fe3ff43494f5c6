import { Button, Group, NumberInput, SimpleGrid, Slider, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { TForum } from "../../../../../contracts/exhibitions";
import type { TMatchmakingSettings } from "../../../../../contracts/matchmaking";
import { FormError } from "../../../../ui/ErrorAlert";
import { MultiLanguageInput } from "../../../../ui/MultiLanguageInput";
import { UnsavedChangesGuard } from "../../../../ui/UnsavedChangesGuard";
import { useFormSubmit } from "../../../../ui/useFormSubmit";
import { FormSection } from "../../../directory/components/FormSection";
import { localizedFields } from "../../../directory/components/localized-fields";
import { useSaveMatchmakingSettings } from "../../hooks/matchmaking-admin";
import { MayRequestMatrix } from "./MayRequestMatrix";
import { ReceiveCapsFields } from "./ReceiveCapsFields";
import { SessionsEditor } from "./SessionsEditor";
import { SlotPreviewPanel } from "./SlotPreviewPanel";
import { renameSettingsField, type SettingsFormValues, toSettingsFormValues, toSettingsInput, validateSettings } from "./settings-values";
import { previewSlots } from "./slot-preview";

type Props = { forum: TForum; settings: TMatchmakingSettings | null };

/** Every matchmaking setting of the forum: times and slots, places, who may ask whom, recommendations. */
export function SettingsForm({ forum, settings }: Props) {
  const { t } = useTranslation();
  const save = useSaveMatchmakingSettings(forum.id);
  const form = useForm<SettingsFormValues>({
    initialValues: toSettingsFormValues(settings),
    validate: (values) => validateSettings(values, forum, t),
  });
  const v = form.values;
  const localized = localizedFields<"meetingArea">(form);
  const { submit, failure } = useFormSubmit(
    form,
    async (values) => {
      const saved = await save.mutateAsync(toSettingsInput(values));
      // The server's copy is the truth from now on (sessions in time order, blanks dropped).
      const next = toSettingsFormValues(saved);
      form.setValues(next);
      form.resetDirty(next);
      notifications.show({ color: "brand", message: t("matchmakingAdmin.settings.saved") });
    },
    { rename: renameSettingsField },
  );
  const slotMinutes = typeof v.slotMinutes === "number" ? v.slotMinutes : 0;
  const preview = previewSlots(v.sessions, slotMinutes);
  const tables = typeof v.tables === "number" ? v.tables : null;

  return (
    <form onSubmit={submit} noValidate data-testid="settings-form">
      <UnsavedChangesGuard dirty={form.isDirty()} question={t("matchmakingAdmin.unsaved.question")} />
      <Stack gap="lg">
        <FormSection
          title={t("matchmakingAdmin.settings.timesTitle")}
          description={t("matchmakingAdmin.settings.timesHint", { zone: forum.timeZone.replaceAll("_", " ") })}
        >
          <NumberInput
            label={t("matchmakingAdmin.settings.slotMinutes")}
            description={t("matchmakingAdmin.settings.slotMinutesHint")}
            min={5}
            max={240}
            step={5}
            allowDecimal={false}
            allowNegative={false}
            maw={260}
            required
            {...form.getInputProps("slotMinutes")}
            data-testid="slot-minutes"
          />
          <SessionsEditor form={form} forum={forum} preview={preview} />
          <SlotPreviewPanel preview={preview} tables={tables} boothMeetings={v.boothMeetings} onlineMeetings={v.onlineMeetings} />
        </FormSection>

        <FormSection title={t("matchmakingAdmin.settings.placesTitle")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label={t("matchmakingAdmin.settings.tables")}
              description={t("matchmakingAdmin.settings.tablesHint")}
              min={0}
              max={2000}
              allowDecimal={false}
              allowNegative={false}
              required
              {...form.getInputProps("tables")}
              data-testid="tables"
            />
          </SimpleGrid>
          <MultiLanguageInput label={t("matchmakingAdmin.settings.meetingArea")} maxLength={120} {...localized("meetingArea")} testId="meeting-area" />
          <Switch
            label={t("matchmakingAdmin.settings.boothMeetings")}
            description={t("matchmakingAdmin.settings.boothMeetingsHint")}
            {...form.getInputProps("boothMeetings", { type: "checkbox" })}
            data-testid="booth-meetings"
          />
          <Switch
            label={t("matchmakingAdmin.settings.onlineMeetings")}
            description={t("matchmakingAdmin.settings.onlineMeetingsHint")}
            {...form.getInputProps("onlineMeetings", { type: "checkbox" })}
            data-testid="online-meetings"
          />
          {v.onlineMeetings ? (
            <TextInput
              type="url"
              label={t("matchmakingAdmin.settings.videoLink")}
              description={t("matchmakingAdmin.settings.videoLinkHint")}
              placeholder="https://meet.example.org/{meeting}"
              maxLength={300}
              required
              {...form.getInputProps("videoLinkTemplate")}
              data-testid="video-link-template"
            />
          ) : null}
        </FormSection>

        <FormSection title={t("matchmakingAdmin.settings.requestsTitle")}>
          <Switch
            label={t("matchmakingAdmin.settings.requestsOpen")}
            description={t("matchmakingAdmin.settings.requestsOpenHint")}
            {...form.getInputProps("requestsOpen", { type: "checkbox" })}
            data-testid="requests-open"
          />
          <NumberInput
            label={t("matchmakingAdmin.settings.expiryHours")}
            description={t("matchmakingAdmin.settings.expiryHoursHint")}
            min={1}
            max={24 * 60}
            allowDecimal={false}
            allowNegative={false}
            maw={260}
            required
            {...form.getInputProps("requestExpiryHours")}
            data-testid="request-expiry-hours"
          />
          <Text fw={600} size="sm">
            {t("matchmakingAdmin.settings.mayRequest")}
          </Text>
          <MayRequestMatrix form={form} />
          <div>
            <Text fw={600} size="sm">
              {t("matchmakingAdmin.settings.receiveCaps")}
            </Text>
            <Text size="sm" c="dimmed">
              {t("matchmakingAdmin.settings.receiveCapsHint")}
            </Text>
          </div>
          <ReceiveCapsFields form={form} />
        </FormSection>

        <FormSection title={t("matchmakingAdmin.settings.recommendationsTitle")}>
          <Stack gap={4} pb="lg">
            <Text size="sm" fw={500} id="cross-border-label">
              {t("matchmakingAdmin.settings.crossBorder", { percent: Math.round(v.crossBorderWeight * 100) })}
            </Text>
            <Text size="xs" c="dimmed">
              {t("matchmakingAdmin.settings.crossBorderHint")}
            </Text>
            <Slider
              min={0}
              max={1}
              step={0.05}
              value={v.crossBorderWeight}
              onChange={(value) => form.setFieldValue("crossBorderWeight", value)}
              label={(value) => `${Math.round(value * 100)}%`}
              marks={[
                { value: 0, label: t("matchmakingAdmin.settings.crossBorderNone") },
                { value: 1, label: t("matchmakingAdmin.settings.crossBorderStrong") },
              ]}
              thumbProps={{ "aria-labelledby": "cross-border-label" }}
              mt="xs"
              mx="md"
              data-testid="cross-border-weight"
            />
          </Stack>
        </FormSection>

        <FormError message={failure} testId="settings-error" />
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={save.isPending} data-testid="save-settings">
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
