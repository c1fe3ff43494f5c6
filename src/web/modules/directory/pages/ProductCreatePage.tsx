import { Alert, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { NotFoundPage } from "../../../app/NotFoundPage";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PageSkeleton } from "../../../ui/Loading";
import { organizationName } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { isMemberOf, useMe } from "../../account/session";
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

  if (org.isPending) return <PageSkeleton />;
  if (org.isError) return <ErrorAlert error={org.error} />;
  if (!isMemberOf(me.data, org.data.id)) return <NotFoundPage message={t("errors.notMember")} />;

  return (
    <Stack gap="lg" maw={860} mx="auto">
      <div>
        <Title order={1}>{t("productForm.createTitle")}</Title>
        <Text c="dimmed">{t("productForm.createSubtitle", { organization: organizationName(org.data, language) })}</Text>
      </div>
      <ProductForm
        organizationId={org.data.id}
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
  );
}
