import { NumberInput, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { TProduct } from "../../../../contracts/directory";
import { errorMessage } from "../../../ui/ErrorAlert";
import { MultiLanguageInput } from "../../../ui/MultiLanguageInput";
import { collapseFields, useFormSubmit } from "../../../ui/useFormSubmit";
import { useSaveProduct } from "../hooks/directory";
import { CurrencySelect } from "./CurrencySelect";
import { FormActions } from "./FormActions";
import { FormSection } from "./FormSection";
import { HsPicker } from "./HsPicker";
import { CountryMultiSelect } from "./JurisdictionSelects";
import { localizedFields } from "./localized-fields";
import { type ProductFormValues, toFormValues, toInput, validateProduct } from "./product-form-values";
import { SpecificationsEditor } from "./SpecificationsEditor";
import { VideoUrlsEditor } from "./VideoUrlsEditor";

type Props = { product?: TProduct; organizationId: string; onSaved: (product: TProduct) => void; extra?: React.ReactNode };

export function ProductForm({ product, organizationId, onSaved, extra }: Props) {
  const { t } = useTranslation();
  const save = useSaveProduct({ productId: product?.id, organizationId });
  const form = useForm<ProductFormValues>({ initialValues: toFormValues(product), validate: (values) => validateProduct(values, t) });
  const v = form.values;
  const localized = localizedFields<"name" | "description">(form);
  const { submit, failure } = useFormSubmit(form, async (values) => onSaved(await save.mutateAsync(toInput(values))), {
    rename: collapseFields(["componentOrigins"], { price: "price.amount", minimumOrder: "minimumOrder.quantity" }),
    onError: (error) => errorMessage(error, t),
  });

  return (
    <form onSubmit={submit} noValidate data-testid="product-form">
      <Stack gap="lg">
        <FormSection title={t("productForm.basics")}>
          <MultiLanguageInput label={t("productForm.name")} required maxLength={200} {...localized("name")} testId="product-name-input" />
          <HsPicker
            label={t("productForm.hsCode")}
            required
            value={v.hsCode}
            onChange={(code) => form.setFieldValue("hsCode", code)}
            error={form.errors.hsCode}
            description={t("productForm.hsHint")}
          />
          <MultiLanguageInput
            label={t("productForm.description")}
            multiline
            maxLength={5000}
            {...localized("description")}
            testId="product-description-input"
          />
        </FormSection>

        <FormSection title={t("productForm.specifications")} description={t("productForm.specificationsHint")}>
          <SpecificationsEditor form={form} />
        </FormSection>

        <FormSection title={t("productForm.commercial")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput label={t("productForm.price")} min={0} decimalScale={2} thousandSeparator=" " hideControls {...form.getInputProps("price.amount")} />
            <CurrencySelect
              label={t("productForm.currency")}
              value={v.price.currency}
              onChange={(currency) => form.setFieldValue("price.currency", currency)}
              error={form.errors["price.currency"]}
            />
            <NumberInput
              label={t("productForm.minimumQuantity")}
              min={0}
              decimalScale={3}
              thousandSeparator=" "
              hideControls
              {...form.getInputProps("minimumOrder.quantity")}
            />
            <TextInput
              label={t("productForm.minimumUnit")}
              placeholder={t("productForm.unitExample")}
              maxLength={30}
              {...form.getInputProps("minimumOrder.unit")}
            />
          </SimpleGrid>
          <CountryMultiSelect
            label={t("productForm.componentOrigins")}
            value={v.componentOrigins}
            onChange={(codes) => form.setFieldValue("componentOrigins", codes)}
            error={form.errors.componentOrigins}
          />
        </FormSection>

        <FormSection title={t("productForm.videos")} description={t("productForm.videosHint")}>
          <VideoUrlsEditor form={form} />
        </FormSection>

        {extra}

        <FormActions failure={failure} submitting={save.isPending} submitLabel={product ? t("common.save") : t("productForm.create")} />
      </Stack>
    </form>
  );
}
