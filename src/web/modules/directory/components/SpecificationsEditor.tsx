import { Group, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { ListEditor } from "../../../ui/ListEditor";
import type { ProductFormValues } from "./product-form-values";

/** Name–value–unit rows ("Density", "180", "g/m²"), added and removed freely. */
export function SpecificationsEditor({ form }: { form: UseFormReturnType<ProductFormValues> }) {
  const { t } = useTranslation();
  return (
    <ListEditor
      testId="specifications-editor"
      count={form.values.specifications.length}
      max={50}
      emptyText={t("productForm.noSpecifications")}
      addLabel={t("productForm.addSpecification")}
      removeLabel={(number) => t("productForm.removeSpecification", { number })}
      onAdd={() => form.insertListItem("specifications", { name: "", value: "", unit: "" })}
      onRemove={(index) => form.removeListItem("specifications", index)}
      row={(index) => (
        <Group gap="xs" align="flex-start" grow style={{ flex: 1 }} wrap="wrap">
          <TextInput
            label={t("productForm.specName")}
            placeholder={t("productForm.specNameExample")}
            maxLength={100}
            miw={140}
            {...form.getInputProps(`specifications.${index}.name`)}
          />
          <TextInput label={t("productForm.specValue")} maxLength={200} miw={110} {...form.getInputProps(`specifications.${index}.value`)} />
          <TextInput label={t("productForm.specUnit")} maxLength={30} miw={80} {...form.getInputProps(`specifications.${index}.unit`)} />
        </Group>
      )}
    />
  );
}
