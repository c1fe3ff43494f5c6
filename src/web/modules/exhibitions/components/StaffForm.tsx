import { Button, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { TLanguage } from "../../../../contracts/common";
import { FormError } from "../../../ui/ErrorAlert";
import { useLanguage } from "../../../ui/useLanguage";
import { CountrySelect } from "../../directory/components/JurisdictionSelects";
import { useAddStaff } from "../hooks/applications";
import { BadgeLanguageSelect } from "./BadgeLanguageSelect";
import { useFormSubmit } from "./useFormSubmit";

type Values = { fullName: string; email: string; organizationName: string; jobTitle: string; country: string | null; language: TLanguage };
type Props = { applicationId: string; organizationName: string; country: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Adds one person to the booth team; they get an exhibitor badge by e-mail. */
export function StaffForm({ applicationId, organizationName, country }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const add = useAddStaff(applicationId);
  const empty = (): Values => ({ fullName: "", email: "", organizationName, jobTitle: "", country, language });
  const form = useForm<Values>({
    initialValues: empty(),
    validate: {
      fullName: (value) => (value.trim().length >= 2 ? null : t("registration.form.fullNameRequired")),
      email: (value) => (EMAIL.test(value.trim()) ? null : t("registration.form.emailInvalid")),
      country: (value) => (value ? null : t("validation.required")),
    },
  });
  const { submit, failure } = useFormSubmit(
    form,
    async (values) => {
      const saved = await add.mutateAsync({
        fullName: values.fullName.trim(),
        email: values.email.trim(),
        organizationName: values.organizationName.trim() || null,
        jobTitle: values.jobTitle.trim() || null,
        country: values.country ?? "",
        language: values.language,
      });
      notifications.show({ color: "brand", message: t("exhibitors.staff.added", { email: saved.email }) });
      form.setValues(empty());
    },
    { rename: (field) => field.replace(/^body\./, "") },
  );
  return (
    <form onSubmit={submit} noValidate data-testid="staff-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t("registration.form.fullName")} required maxLength={120} {...form.getInputProps("fullName")} />
          <TextInput label={t("registration.form.email")} type="email" required maxLength={200} {...form.getInputProps("email")} />
          <TextInput label={t("registration.form.organization")} maxLength={200} {...form.getInputProps("organizationName")} />
          <TextInput label={t("registration.form.jobTitle")} maxLength={120} {...form.getInputProps("jobTitle")} />
          <CountrySelect
            label={t("registration.form.country")}
            required
            value={form.values.country}
            onChange={(value) => form.setFieldValue("country", value)}
            error={form.errors.country}
          />
          <BadgeLanguageSelect
            label={t("registration.form.language")}
            value={form.values.language}
            onChange={(value) => form.setFieldValue("language", value)}
            error={form.errors.language}
          />
        </SimpleGrid>
        <FormError message={failure} testId="staff-form-error" />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            {t("exhibitors.staff.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
