import { ActionIcon, Button, Group, Stack, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { PlusIcon, TrashIcon } from "../../../ui/icons";
import type { ProductFormValues } from "./product-form-values";

export function VideoUrlsEditor({ form }: { form: UseFormReturnType<ProductFormValues> }) {
  const { t } = useTranslation();
  const urls = form.values.videoUrls;
  return (
    <Stack gap="sm">
      {urls.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows hold no state of their own; the form's values are the state
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            label={t("productForm.videoUrl", { number: index + 1 })}
            placeholder="https://"
            type="url"
            style={{ flex: 1 }}
            maxLength={500}
            {...form.getInputProps(`videoUrls.${index}`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            onClick={() => form.removeListItem("videoUrls", index)}
            aria-label={t("productForm.removeVideo", { number: index + 1 })}
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
          onClick={() => form.insertListItem("videoUrls", "")}
          disabled={urls.length >= 10}
        >
          {t("productForm.addVideo")}
        </Button>
      </div>
    </Stack>
  );
}
