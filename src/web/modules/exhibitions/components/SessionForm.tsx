import { Autocomplete, Button, Group, Select, SimpleGrid, Stack, TagsInput, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { TLanguage } from "../../../../contracts/common";
import type { TForum, TProgrammeSession } from "../../../../contracts/exhibitions";
import { FormError } from "../../../ui/ErrorAlert";
import { languageName } from "../../../ui/format";
import { compactLocalized, fullLocalized } from "../../../ui/localized";
import { MultiLanguageInput } from "../../../ui/MultiLanguageInput";
import { useFormSubmit } from "../../../ui/useFormSubmit";
import { useLanguage } from "../../../ui/useLanguage";
import { localizedFields } from "../../directory/components/localized-fields";
import { useSaveSession } from "../hooks/forums";
import { fromVenueInput, toVenueInput } from "./venue-time";

type Values = { title: Record<TLanguage, string>; room: string; startsAt: string; endsAt: string; speakers: string[]; language: string };
type Props = { forum: TForum; session?: TProgrammeSession; rooms: string[]; onDone: () => void };

// The forum's working languages first; sessions in the region are also held in these.
const SESSION_LANGUAGES = ["en", "ru", "tg", "ky", "uz", "kk", "tt", "fa", "zh", "tr"];

function initialValues(forum: TForum, session: TProgrammeSession | undefined, language: TLanguage): Values {
  if (!session) return { title: fullLocalized(null), room: "", startsAt: `${forum.startsOn}T10:00`, endsAt: `${forum.startsOn}T11:00`, speakers: [], language };
  return {
    title: fullLocalized(session.title),
    room: session.room,
    startsAt: toVenueInput(session.startsAt, forum.timeZone),
    endsAt: toVenueInput(session.endsAt, forum.timeZone),
    speakers: session.speakers,
    language: session.language,
  };
}

/** Adds or edits one session; times are typed as the venue's clock shows them. */
export function SessionForm({ forum, session, rooms, onDone }: Props) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const save = useSaveSession(forum.id);
  const form = useForm<Values>({
    initialValues: initialValues(forum, session, uiLanguage),
    validate: {
      title: (value) => (Object.values(value).some((text) => text.trim()) ? null : t("validation.oneLanguage")),
      room: (value) => (value.trim() ? null : t("validation.required")),
      startsAt: (value) => (fromVenueInput(value, forum.timeZone) ? null : t("validation.required")),
      endsAt: (value, values) =>
        !fromVenueInput(value, forum.timeZone) ? t("validation.required") : value <= values.startsAt ? t("forums.session.endsBeforeStart") : null,
    },
  });
  const localized = localizedFields<"title">(form);
  const { submit, failure } = useFormSubmit(
    form,
    async (values) => {
      const input = {
        title: compactLocalized(values.title),
        room: values.room.trim(),
        startsAt: fromVenueInput(values.startsAt, forum.timeZone) ?? "",
        endsAt: fromVenueInput(values.endsAt, forum.timeZone) ?? "",
        speakers: values.speakers.map((name) => name.trim()).filter(Boolean),
        language: values.language,
      };
      await save.mutateAsync({ sessionId: session?.id, input });
      onDone();
    },
    { rename: (field) => field.replace(/^(body)\./, "").replace(/^speakers\.\d+$/, "speakers") },
  );
  const bounds = { min: `${forum.startsOn}T00:00`, max: `${forum.endsOn}T23:59` };

  return (
    <form onSubmit={submit} noValidate data-testid="session-form">
      <Stack gap="md">
        <MultiLanguageInput label={t("forums.session.title")} required maxLength={200} {...localized("title")} testId="session-title-input" />
        <Autocomplete
          label={t("forums.session.room")}
          required
          data={rooms}
          maxLength={100}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps("room")}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput type="datetime-local" label={t("forums.session.startsAt")} required {...bounds} {...form.getInputProps("startsAt")} />
          <TextInput type="datetime-local" label={t("forums.session.endsAt")} required {...bounds} {...form.getInputProps("endsAt")} />
        </SimpleGrid>
        <TagsInput
          label={t("forums.session.speakers")}
          description={t("forums.session.speakersHint")}
          maxTags={20}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps("speakers")}
        />
        <Select
          label={t("forums.session.language")}
          data={SESSION_LANGUAGES.map((code) => ({ value: code, label: languageName(code, uiLanguage) }))}
          allowDeselect={false}
          searchable
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps("language")}
        />
        <FormError message={failure} testId="session-form-error" />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {session ? t("common.save") : t("forums.session.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
