import { useTranslation } from "react-i18next";
import type { TLanguage } from "../../contracts/common";
import { languageName } from "./format";
import { useLanguage } from "./useLanguage";

/** Languages people at these fairs negotiate in, nearest first (ISO 639-1). */
export const SPOKEN_LANGUAGES = [
  "tg",
  "ru",
  "ky",
  "en",
  "uz",
  "kk",
  "tt",
  "fa",
  "zh",
  "tr",
  "de",
  "pl",
  "az",
  "tk",
  "ps",
  "ur",
  "hi",
  "ar",
  "fr",
  "es",
  "it",
  "uk",
  "ko",
  "ja",
];

const intlSpeaks = (language: TLanguage) => Intl.DisplayNames.supportedLocalesOf([language]).length > 0;

/**
 * Names of spoken languages in the interface language. Intl supplies them where the browser has
 * the locale data; browsers often lack Tajik and Kyrgyz, so our translations fill in.
 */
export function useSpokenLanguageName(): (code: string) => string {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const fromIntl = intlSpeaks(language);
  return (code) => {
    if (!fromIntl && i18n.exists(`languageNames.${code}`)) return t(`languageNames.${code}`);
    return languageName(code, language);
  };
}
