import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { TBooth } from "../../../../../contracts/exhibitions";
import { formatNumber } from "../../../../ui/format";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";

/** What screen readers hear for a booth ("Booth A-01, 18 m², free") and the name written inside it. */
export function useBoothText() {
  const { t } = useTranslation();
  const language = useLanguage();
  const exhibitorNameOf = useCallback(
    (booth: TBooth) => (booth.status === "sold" && booth.exhibitor ? pickLocalized(booth.exhibitor.name, language) : ""),
    [language],
  );
  const labelOf = useCallback(
    (booth: TBooth) => {
      const base = t("floorPlan.viewer.boothLabel", {
        number: booth.number,
        area: formatNumber(booth.area, language),
        status: t(`floorPlan.status.${booth.status}`),
      });
      const name = exhibitorNameOf(booth);
      return name ? `${base}, ${name}` : base;
    },
    [t, language, exhibitorNameOf],
  );
  return { labelOf, exhibitorNameOf };
}
