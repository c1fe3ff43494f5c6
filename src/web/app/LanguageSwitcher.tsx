import { Select } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { TLanguage } from "../../contracts/common";
import { api } from "../api/client";
import { switchLanguage } from "../i18n";
import { isUiLanguage, LANGUAGE_LABELS, UI_LANGUAGES } from "../i18n/languages";
import { useMe } from "../modules/account/session";
import { GlobeIcon } from "../ui/icons";
import { useLanguage } from "../ui/useLanguage";

const OPTIONS = UI_LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_LABELS[language] }));

/** Switches instantly; signed-in users also get the choice stored on their account for e-mails. */
export function LanguageSwitcher({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  // Phones have little room in the header; the globe goes and the box shrinks to the label.
  const wide = useMediaQuery("(min-width: 36em)", true);

  const choose = async (value: string | null) => {
    if (!isUiLanguage(value) || value === language) return;
    await switchLanguage(value as TLanguage);
    if (me.data) {
      // The interface has switched already; a failed save only affects future e-mails.
      api.patch("/api/v1/me", { preferredLanguage: value }).catch(() => undefined);
    }
  };

  return (
    <Select
      data={OPTIONS}
      value={language}
      onChange={choose}
      allowDeselect={false}
      aria-label={t("language.label")}
      data-testid="language-switcher"
      leftSection={wide || fullWidth ? <GlobeIcon size={16} /> : undefined}
      w={fullWidth ? "100%" : wide ? 142 : 112}
      size="sm"
      comboboxProps={{ withinPortal: true, shadow: "md" }}
      checkIconPosition="right"
    />
  );
}
