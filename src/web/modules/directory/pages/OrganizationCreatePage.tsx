import { Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { OrganizationProfileForm } from "../components/OrganizationProfileForm";

export function OrganizationCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("organizationForm.createTitle"));
  const navigate = useNavigate();
  return (
    <Stack gap="lg" maw={860} mx="auto">
      <div>
        <Title order={1}>{t("organizationForm.createTitle")}</Title>
        <Text c="dimmed">{t("organizationForm.createSubtitle")}</Text>
      </div>
      <OrganizationProfileForm
        onSaved={(org) => {
          notifications.show({ color: "brand", message: t("organizationForm.created") });
          navigate(`/organizations/${org.id}`);
        }}
      />
    </Stack>
  );
}
