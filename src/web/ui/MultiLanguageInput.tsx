import { Box, Tabs, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TLanguage } from "../../contracts/common";
import { LANGUAGE_LABELS, UI_LANGUAGES } from "../i18n/languages";
import { useLanguage } from "./useLanguage";

type Props = {
  /** The field's name without a language, e.g. "Legal name"; each input reads "Legal name (English)". */
  label: string;
  value: Record<TLanguage, string>;
  onChange: (language: TLanguage, text: string) => void;
  /** An error about the field as a whole, such as "fill in at least one language". */
  error?: React.ReactNode;
  /** Errors of single languages, keyed by language. */
  languageErrors?: Partial<Record<TLanguage, React.ReactNode>>;
  multiline?: boolean;
  required?: boolean;
  maxLength?: number;
  description?: string;
  testId?: string;
};

/**
 * One text in four languages, one tab each. Only the open tab's input is mounted, so each
 * visible input has a unique label such as "Name (Русский)". It opens on the interface
 * language, because that is the language a person is most likely writing in.
 */
export function MultiLanguageInput({ label, value, onChange, error, languageErrors, multiline, required, maxLength, description, testId }: Props) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const [active, setActive] = useState<TLanguage>(uiLanguage);

  return (
    <Box data-testid={testId}>
      <Tabs
        value={active}
        onChange={(next) => next && setActive(next as TLanguage)}
        keepMounted={false}
        variant="outline"
        radius="sm"
        // Four language names must fit on one line of a 390-px phone.
        styles={{ tab: { paddingInline: 8, paddingBlock: 6, fontSize: "var(--mantine-font-size-sm)" }, tabSection: { marginInlineStart: 4 } }}
      >
        <Tabs.List aria-label={t("form.languageTabs", { field: label })}>
          {UI_LANGUAGES.map((language) => {
            const filled = value[language].trim().length > 0;
            return (
              <Tabs.Tab
                key={language}
                value={language}
                c={languageErrors?.[language] ? "red" : undefined}
                rightSection={filled ? <Box component="span" w={6} h={6} bg="brand.6" style={{ borderRadius: 3 }} aria-label={t("form.filled")} /> : null}
              >
                {LANGUAGE_LABELS[language]}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {UI_LANGUAGES.map((language) => {
          const inputProps = {
            label: `${label} (${LANGUAGE_LABELS[language]})`,
            value: value[language],
            onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(language, event.currentTarget.value),
            error: languageErrors?.[language],
            maxLength,
            description,
            required,
            lang: language,
          };
          return (
            <Tabs.Panel key={language} value={language} pt="xs">
              {multiline ? <Textarea {...inputProps} autosize minRows={3} maxRows={12} /> : <TextInput {...inputProps} />}
            </Tabs.Panel>
          );
        })}
      </Tabs>
      {error ? (
        <Text c="red" size="sm" mt={4} role="alert">
          {error}
        </Text>
      ) : null}
    </Box>
  );
}
