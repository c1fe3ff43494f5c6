import { useTranslation } from "react-i18next";
import type { TLanguage } from "../../contracts/common";
import { isUiLanguage } from "../i18n/languages";

/** The interface language; components re-render when it changes. */
export function useLanguage(): TLanguage {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isUiLanguage(language) ? language : "en";
}
