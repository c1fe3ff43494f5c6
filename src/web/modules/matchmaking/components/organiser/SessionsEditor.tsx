import { ActionIcon, Badge, Button, Grid, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { TLanguage } from "../../../../../contracts/common";
import { UI_LANGUAGES } from "../../../../i18n/languages";
import { formatNumber } from "../../../../ui/format";
import { PlusIcon, TrashIcon } from "../../../../ui/icons";
import { MultiLanguageInput } from "../../../../ui/MultiLanguageInput";
import { useLanguage } from "../../../../ui/useLanguage";
import { MAX_SESSIONS, nextSession, type SettingsFormValues } from "./settings-values";
import type { SlotPreview } from "./slot-preview";

type Props = { form: UseFormReturnType<SettingsFormValues>; forum: { startsOn: string; endsOn: string; timeZone: string }; preview: SlotPreview };

/** Blocks of meeting time, each on one forum day in venue time, with the slots each will hold. */
export function SessionsEditor({ form, forum, preview }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sessions = form.values.sessions;

  return (
    <Stack gap="sm" data-testid="sessions-editor">
      {sessions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("matchmakingAdmin.settings.noSessions")}
        </Text>
      ) : null}
      {sessions.map((session, index) => {
        const path = `sessions.${index}`;
        const slots = preview.perSession[index] ?? { slots: 0, spareMinutes: 0 };
        const languageErrors: Partial<Record<TLanguage, React.ReactNode>> = {};
        for (const lang of UI_LANGUAGES) {
          const error = form.errors[`${path}.label.${lang}`];
          if (error) languageErrors[lang] = error;
        }
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows hold no state of their own; the form's values are the state
          <Paper key={index} withBorder p="sm" radius="md" data-testid="session-row">
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    {t("matchmakingAdmin.settings.session", { number: index + 1 })}
                  </Text>
                  <Badge variant="light" color={slots.slots > 0 ? "brand" : "red"} data-testid="session-slots" data-slots={slots.slots}>
                    {t("matchmakingAdmin.settings.slots", { count: formatNumber(slots.slots, language) })}
                  </Badge>
                  {slots.spareMinutes > 0 ? (
                    <Text size="xs" c="dimmed">
                      {t("matchmakingAdmin.settings.spare", { minutes: slots.spareMinutes })}
                    </Text>
                  ) : null}
                </Group>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => form.removeListItem("sessions", index)}
                  aria-label={t("matchmakingAdmin.settings.removeSession", { number: index + 1 })}
                  data-testid="session-remove"
                >
                  <TrashIcon size={16} />
                </ActionIcon>
              </Group>
              <Grid gap="xs">
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput
                    type="date"
                    label={t("matchmakingAdmin.settings.date")}
                    min={forum.startsOn}
                    max={forum.endsOn}
                    required
                    {...form.getInputProps(`${path}.date`)}
                    data-testid="session-date"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 6, sm: 4 }}>
                  <TextInput
                    type="time"
                    label={t("matchmakingAdmin.settings.start")}
                    required
                    {...form.getInputProps(`${path}.start`)}
                    data-testid="session-start"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 6, sm: 4 }}>
                  <TextInput type="time" label={t("matchmakingAdmin.settings.end")} required {...form.getInputProps(`${path}.end`)} data-testid="session-end" />
                </Grid.Col>
              </Grid>
              <MultiLanguageInput
                label={t("matchmakingAdmin.settings.sessionLabel")}
                description={t("matchmakingAdmin.settings.sessionLabelHint")}
                value={session.label}
                onChange={(lang, text) => form.setFieldValue(`${path}.label.${lang}`, text)}
                error={form.errors[`${path}.label`]}
                languageErrors={languageErrors}
                maxLength={60}
              />
            </Stack>
          </Paper>
        );
      })}
      {form.errors.sessions ? (
        <Text c="red" size="sm" role="alert">
          {form.errors.sessions}
        </Text>
      ) : null}
      <div>
        <Button
          variant="light"
          size="xs"
          leftSection={<PlusIcon size={14} />}
          onClick={() => form.insertListItem("sessions", nextSession(sessions, forum))}
          disabled={sessions.length >= MAX_SESSIONS}
          data-testid="session-add"
        >
          {t("matchmakingAdmin.settings.addSession")}
        </Button>
      </div>
    </Stack>
  );
}
