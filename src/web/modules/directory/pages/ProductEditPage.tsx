import { Anchor, Group, Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { NotFoundPage } from "../../../app/NotFoundPage";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { ErrorAlert, errorMessage } from "../../../ui/ErrorAlert";
import { ArrowLeftIcon, TrashIcon } from "../../../ui/icons";
import { PageSkeleton } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { isMemberOf, useMe } from "../../account/session";
import { FormSection } from "../components/FormSection";
import { PhotoManager } from "../components/PhotoManager";
import { ProductForm } from "../components/ProductForm";
import { useDeleteProduct, useProduct } from "../hooks/directory";

export function ProductEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const me = useMe();
  const product = useProduct(id);
  const remove = useDeleteProduct();
  const name = product.data ? pickLocalized(product.data.name, language) : undefined;
  useDocumentTitle(name ? t("productForm.editTitle", { name }) : undefined);

  if (product.isPending) return <PageSkeleton />;
  if (product.isError) return <ErrorAlert error={product.error} />;
  const p = product.data;
  if (!isMemberOf(me.data, p.organizationId)) return <NotFoundPage message={t("errors.notMember")} />;

  const deleteProduct = () =>
    remove.mutate(p.id, {
      onSuccess: () => {
        notifications.show({ color: "brand", message: t("productForm.deleted") });
        navigate(`/organizations/${p.organizationId}`);
      },
      onError: (error) => notifications.show({ color: "red", message: errorMessage(error, t) }),
    });

  return (
    <Stack gap="lg" maw={860} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Anchor component={Link} to={`/products/${p.id}`} size="sm">
            <Group gap={4} component="span">
              <ArrowLeftIcon size={14} />
              {t("productForm.backToProduct")}
            </Group>
          </Anchor>
          <Title order={1} mt={4}>
            {name}
          </Title>
        </div>
        <ConfirmButton
          variant="subtle"
          color="red"
          leftSection={<TrashIcon size={16} />}
          question={t("productForm.confirmDelete")}
          confirmLabel={t("productForm.delete")}
          onConfirm={deleteProduct}
          loading={remove.isPending}
        >
          {t("productForm.delete")}
        </ConfirmButton>
      </Group>
      <FormSection title={t("productForm.photos")}>
        <PhotoManager product={p} />
      </FormSection>
      <ProductForm
        key={p.id}
        product={p}
        organizationId={p.organizationId}
        onSaved={(saved) => {
          notifications.show({ color: "brand", message: t("common.saved") });
          navigate(`/products/${saved.id}`);
        }}
      />
    </Stack>
  );
}
