import { Button, Group, SimpleGrid, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { FormError } from "../../../ui/ErrorAlert";
import { useFormSubmit } from "../../../ui/useFormSubmit";
import { useLanguage } from "../../../ui/useLanguage";
import { useAddStaff } from "../hooks/applications";
import { PersonFields } from "./PersonFields";
import { type PersonValues, REGISTRATION_TEXTS, toPersonInput, validatePerson } from "./person-values";

type Props = { applicationId: string; organizationName: string; country: string };

/** Adds one person to the booth team; they get an exhibitor badge by e-mail. */
export function StaffForm({ applicationId, organizationName, country }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const add = useAddStaff(applicationId);
  const empty = (): PersonValues => ({ fullName: "", email: "", organizationName, jobTitle: "", country, language });
  const form = useForm<PersonValues>({
    initialValues: empty(),
    validate: (values) => validatePerson(values, t, REGISTRATION_TEXTS),
  });
  const { submit, failure } = useFormSubmit(form, async (values) => {
    const saved = await add.mutateAsync(toPersonInput(values));
    notifications.show({ color: "brand", message: t("exhibitors.staff.added", { email: saved.email }) });
    form.setValues(empty());
  });
  return (
    <form onSubmit={submit} noValidate data-testid="staff-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <PersonFields form={form} texts={REGISTRATION_TEXTS} />
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
