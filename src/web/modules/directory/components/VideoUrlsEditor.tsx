import { TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { ListEditor } from "../../../ui/ListEditor";
import type { ProductFormValues } from "./product-form-values";

export function VideoUrlsEditor({ form }: { form: UseFormReturnType<ProductFormValues> }) {
  const { t } = useTranslation();
  return (
    <ListEditor
      count={form.values.videoUrls.length}
      max={10}
      addLabel={t("productForm.addVideo")}
      removeLabel={(number) => t("productForm.removeVideo", { number })}
      onAdd={() => form.insertListItem("videoUrls", "")}
      onRemove={(index) => form.removeListItem("videoUrls", index)}
      row={(index) => (
        <TextInput
          label={t("productForm.videoUrl", { number: index + 1 })}
          placeholder="https://"
          type="url"
          style={{ flex: 1 }}
          maxLength={500}
          {...form.getInputProps(`videoUrls.${index}`)}
        />
      )}
    />
  );
}
