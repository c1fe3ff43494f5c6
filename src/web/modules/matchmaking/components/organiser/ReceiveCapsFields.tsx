import { NumberInput, SimpleGrid } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { CATEGORIES, type SettingsFormValues } from "./settings-values";

/** The most requests a participant of each category may hold at once; empty means no limit. */
export function ReceiveCapsFields({ form }: { form: UseFormReturnType<SettingsFormValues> }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" data-testid="receive-caps">
      {CATEGORIES.map((category) => (
        <NumberInput
          key={category}
          label={t(`matchmaking.categories.${category}`)}
          placeholder={t("matchmakingAdmin.settings.noCap")}
          min={0}
          max={500}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps(`receiveCaps.${category}`)}
          data-testid={`receive-cap-${category}`}
        />
      ))}
    </SimpleGrid>
  );
}
