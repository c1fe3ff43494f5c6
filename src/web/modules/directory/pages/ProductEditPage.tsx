import { Group, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import type { TProduct } from "../../../../contracts/directory";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { errorMessage } from "../../../ui/ErrorAlert";
import { TrashIcon } from "../../../ui/icons";
import { pickLocalized } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { isMemberOf, useMe } from "../../account/session";
import { EditAccess } from "../components/EditAccess";
import { EditHeading } from "../components/EditHeading";
import { FormSection } from "../components/FormSection";
import { PhotoManager } from "../components/PhotoManager";
import { ProductForm } from "../components/ProductForm";
import { useDeleteProduct, useProduct } from "../hooks/directory";

export function ProductEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const product = useProduct(id);
  const name = product.data ? pickLocalized(product.data.name, language) : undefined;
  useDocumentTitle(name ? t("productForm.editTitle", { name }) : undefined);

  return (
    <EditAccess query={product} allowed={(p) => isMemberOf(me.data, p.organizationId)} deniedMessage={t("errors.notMember")}>
      {(p) => <ProductEditor product={p} name={pickLocalized(p.name, language)} />}
    </EditAccess>
  );
}

/** Photos, the product form, and deleting the product. */
function ProductEditor({ product, name }: { product: TProduct; name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteProduct();

  const deleteProduct = () =>
    remove.mutate(product.id, {
      onSuccess: () => {
        notifications.show({ color: "brand", message: t("productForm.deleted") });
        navigate(`/organizations/${product.organizationId}`);
      },
      onError: (error) => notifications.show({ color: "red", message: errorMessage(error, t) }),
    });

  return (
    <Stack gap="lg" maw={860} mx="auto">
      <Group justify="space-between" align="flex-end">
        <EditHeading title={name} backTo={`/products/${product.id}`} backLabel={t("productForm.backToProduct")} />
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
        <PhotoManager product={product} />
      </FormSection>
      <ProductForm
        key={product.id}
        product={product}
        organizationId={product.organizationId}
        onSaved={(saved) => {
          notifications.show({ color: "brand", message: t("common.saved") });
          navigate(`/products/${saved.id}`);
        }}
      />
    </Stack>
  );
}
