import { SimpleGrid, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { TMe } from "../../../../contracts/directory";
import type { TForum } from "../../../../contracts/exhibitions";
import { pickLocalized } from "../../../ui/localized";
import { MultiLanguageInput } from "../../../ui/MultiLanguageInput";
import { useFormSubmit } from "../../../ui/useFormSubmit";
import { useLanguage } from "../../../ui/useLanguage";
import { FormActions } from "../../directory/components/FormActions";
import { FormSection } from "../../directory/components/FormSection";
import { CountrySelect } from "../../directory/components/JurisdictionSelects";
import { localizedFields } from "../../directory/components/localized-fields";
import { useCreateForum, useUpdateForum } from "../hooks/forums";
import { type ForumFormValues, onlyManagedOrganization, renameForumField, toFields, toFormValues, toInput, validateForum } from "./forum-form-values";
import { OrganizerSelect } from "./OrganizerSelect";
import { PartiesEditor } from "./PartiesEditor";
import { TimeZoneSelect } from "./TimeZoneSelect";

type Props = { me: TMe; forum?: TForum; onSaved: (forum: TForum) => void };

/** Creates a forum or edits its details; the programme and plan have editors of their own. */
export function ForumForm({ me, forum, onSaved }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const create = useCreateForum();
  const update = useUpdateForum(forum?.id ?? "");
  const form = useForm<ForumFormValues>({
    initialValues: toFormValues(forum, onlyManagedOrganization(me)),
    validate: (values) => validateForum(values, t, !forum),
  });
  const v = form.values;
  const localized = localizedFields<"name" | "description" | "venueName">(form);
  const { submit, failure } = useFormSubmit(
    form,
    async (values) => {
      const saved = forum ? await update.mutateAsync(toFields(values)) : await create.mutateAsync(toInput(values));
      onSaved(saved);
    },
    { rename: renameForumField },
  );

  return (
    <form onSubmit={submit} noValidate data-testid="forum-form">
      <Stack gap="lg">
        <FormSection title={t("forums.form.about")} description={t("forums.form.aboutHint")}>
          <MultiLanguageInput label={t("forums.form.name")} required maxLength={200} {...localized("name")} testId="forum-name" />
          <MultiLanguageInput label={t("forums.form.description")} multiline maxLength={5000} {...localized("description")} testId="forum-description" />
        </FormSection>

        <FormSection title={t("forums.form.whenWhere")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t("forums.form.startsOn")} required {...form.getInputProps("startsOn")} />
            <TextInput type="date" label={t("forums.form.endsOn")} required min={v.startsOn || undefined} {...form.getInputProps("endsOn")} />
          </SimpleGrid>
          <TimeZoneSelect
            label={t("forums.form.timeZone")}
            description={t("forums.form.timeZoneHint")}
            value={v.timeZone}
            onChange={(zone) => form.setFieldValue("timeZone", zone)}
            error={form.errors.timeZone}
          />
          <MultiLanguageInput label={t("forums.form.venueName")} required maxLength={200} {...localized("venueName")} testId="venue-name" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("forums.form.city")} required maxLength={100} {...form.getInputProps("city")} />
            <CountrySelect
              label={t("forums.form.country")}
              required
              value={v.country}
              onChange={(country) => form.setFieldValue("country", country)}
              error={form.errors.country}
            />
          </SimpleGrid>
          <TextInput label={t("forums.form.address")} maxLength={300} {...form.getInputProps("address")} />
        </FormSection>

        <FormSection title={t("forums.form.organisers")} description={t("forums.form.organisersHint")}>
          {forum ? (
            <Text>
              <Text span c="dimmed" size="sm">
                {t("forums.form.organizer")}:{" "}
              </Text>
              {pickLocalized(forum.organizer.name, language)}
            </Text>
          ) : (
            <OrganizerSelect
              me={me}
              managedOnly
              label={t("forums.form.organizer")}
              description={t("forums.form.organizerHint")}
              value={v.organizerOrganizationId}
              onChange={(id) => form.setFieldValue("organizerOrganizationId", id)}
              error={form.errors.organizerOrganizationId}
              testId="forum-organizer"
            />
          )}
          <PartiesEditor form={form} />
        </FormSection>

        <FormSection title={t("forums.form.publication")}>
          <Switch
            label={t("forums.form.registrationOpen")}
            description={t("forums.form.registrationOpenHint")}
            {...form.getInputProps("registrationOpen", { type: "checkbox" })}
          />
          <Switch
            label={t("forums.form.applicationsOpen")}
            description={t("forums.form.applicationsOpenHint")}
            {...form.getInputProps("applicationsOpen", { type: "checkbox" })}
          />
          <Switch label={t("forums.form.published")} description={t("forums.form.publishedHint")} {...form.getInputProps("published", { type: "checkbox" })} />
        </FormSection>

        <FormActions failure={failure} submitting={create.isPending || update.isPending} submitLabel={forum ? t("common.save") : t("forums.form.create")} />
      </Stack>
    </form>
  );
}
