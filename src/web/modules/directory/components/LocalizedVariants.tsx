import { Group, Stack, Text } from "@mantine/core";
import type { TLocalizedText } from "../../../../contracts/common";
import { LANGUAGE_LABELS, UI_LANGUAGES } from "../../../i18n/languages";

/** Every language a name was written in, so visitors can match it to letters and signs they see. */
export function LocalizedVariants({ text, exclude }: { text: TLocalizedText; exclude?: string }) {
  const variants = UI_LANGUAGES.filter((l) => text[l]?.trim() && text[l]?.trim() !== exclude);
  if (variants.length === 0) return null;
  return (
    <Stack gap={2}>
      {variants.map((language) => (
        <Group key={language} gap={6} wrap="nowrap" align="baseline">
          <Text size="xs" c="dimmed" w={72} style={{ flexShrink: 0 }}>
            {LANGUAGE_LABELS[language]}
          </Text>
          <Text size="sm" lang={language}>
            {text[language]}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
