import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TProduct } from "../../../../contracts/directory";
import { ApiError } from "../../../api/client";
import { errorMessage } from "../../../ui/ErrorAlert";
import { MultiLanguageInput } from "../../../ui/MultiLanguageInput";
import { applyServerErrors } from "../../../ui/server-errors";
import { useSaveProduct } from "../hooks/directory";
import { CurrencySelect } from "./CurrencySelect";
import { FormSection } from "./FormSection";
import { HsPicker } from "./HsPicker";
import { CountryMultiSelect } from "./JurisdictionSelects";
import { languageErrorsOf } from "./localized-errors";
import { type ProductFormValues, toFormValues, toInput, validateProduct } from "./product-form-values";
import { SpecificationsEditor } from "./SpecificationsEditor";
import { VideoUrlsEditor } from "./VideoUrlsEditor";

type Props = { product?: TProduct; organizationId: string; onSaved: (product: TProduct) => void; extra?: React.ReactNode };

export function ProductForm({ product, organizationId, onSaved, extra }: Props) {
  const { t } = useTranslation();
  const save = useSaveProduct({ productId: product?.id, organizationId });
  const [failure, setFailure] = useState<string>();
  const form = useForm<ProductFormValues>({ initialValues: toFormValues(product), validate: (values) => validateProduct(values, t) });
  const v = form.values;
  const localized = (field: "name" | "description") => ({
    value: v[field],
    onChange: (lang: keyof ProductFormValues["name"], text: string) => {
      form.setFieldValue(`${field}.${lang}`, text);
      // Writing any language answers "fill in at least one language".
      form.clearFieldError(field);
    },
    error: form.errors[field],
    languageErrors: languageErrorsOf(form.errors, field),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFailure(undefined);
      try {
        onSaved(await save.mutateAsync(toInput(values)));
      } catch (error) {
        if (error instanceof ApiError) {
          applyServerErrors(form, error, ["componentOrigins"]);
          // An error about a whole object ("price") is shown at its first input.
          const fields = error.fieldErrors();
          if (fields.price) form.setFieldError("price.amount", fields.price);
          if (fields.minimumOrder) form.setFieldError("minimumOrder.quantity", fields.minimumOrder);
        }
        setFailure(errorMessage(error, t));
      }
    },
    () => setFailure(t("validation.fixFields")),
  );

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

        {failure ? (
          <Alert color="red" variant="light" role="alert" data-testid="form-error">
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={save.isPending}>
            {product ? t("common.save") : t("productForm.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
