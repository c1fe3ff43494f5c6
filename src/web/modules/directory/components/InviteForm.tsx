import { Button, Group, Select, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { TMemberRole } from "../../../../contracts/directory";
import { ApiError } from "../../../api/client";
import { errorMessage } from "../../../ui/ErrorAlert";
import { applyServerErrors } from "../../../ui/server-errors";
import { validateEmail } from "../../account/validators";
import { useMemberActions } from "../hooks/members";
import { MEMBER_ROLES } from "../roles";

export function InviteForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { invite } = useMemberActions(organizationId);
  const form = useForm<{ email: string; role: TMemberRole }>({ initialValues: { email: "", role: "member" }, validate: { email: validateEmail(t) } });

  const submit = form.onSubmit(async (values) => {
    try {
      await invite.mutateAsync({ email: values.email.trim(), role: values.role });
      notifications.show({ color: "brand", message: t("members.invited", { email: values.email.trim() }) });
      form.reset();
    } catch (error) {
      if (!(error instanceof ApiError && applyServerErrors(form, error))) form.setFieldError("email", errorMessage(error, t));
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="invite-form">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput label={t("members.inviteEmail")} type="email" required style={{ flex: "1 1 220px" }} {...form.getInputProps("email")} />
        <Select
          label={t("members.role")}
          data={MEMBER_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          allowDeselect={false}
          w={160}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps("role")}
        />
        <Button type="submit" mt={25} loading={invite.isPending}>
          {t("members.sendInvitation")}
        </Button>
      </Group>
    </form>
  );
}
