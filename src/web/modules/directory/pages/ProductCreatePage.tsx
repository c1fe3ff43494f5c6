import { Alert, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { organizationName } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { isMemberOf, useMe } from "../../account/session";
import { EditAccess } from "../components/EditAccess";
import { FormSection } from "../components/FormSection";
import { ProductForm } from "../components/ProductForm";
import { useOrganization } from "../hooks/directory";

export function ProductCreatePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const me = useMe();
  const org = useOrganization(id);
  useDocumentTitle(t("productForm.createTitle"));

  return (
    <EditAccess query={org} allowed={(o) => isMemberOf(me.data, o.id)} deniedMessage={t("errors.notMember")}>
      {(o) => (
        <Stack gap="lg" maw={860} mx="auto">
          <div>
            <Title order={1}>{t("productForm.createTitle")}</Title>
            <Text c="dimmed">{t("productForm.createSubtitle", { organization: organizationName(o, language) })}</Text>
          </div>
          <ProductForm
            organizationId={o.id}
            onSaved={(product) => {
              notifications.show({ color: "brand", message: t("productForm.created") });
              navigate(`/products/${product.id}`);
            }}
            extra={
              <FormSection title={t("productForm.photos")}>
                <Alert variant="light" color="gray">
                  {t("productForm.photosAfterSave")}
                </Alert>
              </FormSection>
            }
          />
        </Stack>
      )}
    </EditAccess>
  );
}
