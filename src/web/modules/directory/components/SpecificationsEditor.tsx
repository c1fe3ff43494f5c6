import { ActionIcon, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { PlusIcon, TrashIcon } from "../../../ui/icons";
import type { ProductFormValues } from "./product-form-values";

/** Name–value–unit rows ("Density", "180", "g/m²"), added and removed freely. */
export function SpecificationsEditor({ form }: { form: UseFormReturnType<ProductFormValues> }) {
  const { t } = useTranslation();
  const rows = form.values.specifications;
  return (
    <Stack gap="sm" data-testid="specifications-editor">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("productForm.noSpecifications")}
        </Text>
      ) : null}
      {rows.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows hold no state of their own; the form's values are the state
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
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
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            onClick={() => form.removeListItem("specifications", index)}
            aria-label={t("productForm.removeSpecification", { number: index + 1 })}
          >
            <TrashIcon size={16} />
          </ActionIcon>
        </Group>
      ))}
      <div>
        <Button
          variant="light"
          size="xs"
          leftSection={<PlusIcon size={14} />}
          onClick={() => form.insertListItem("specifications", { name: "", value: "", unit: "" })}
          disabled={rows.length >= 50}
        >
          {t("productForm.addSpecification")}
        </Button>
      </div>
    </Stack>
  );
}
