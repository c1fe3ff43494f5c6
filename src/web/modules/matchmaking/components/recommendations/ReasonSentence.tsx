import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TMatchReason } from "../../../../../contracts/matchmaking";
import { formatList } from "../../../../ui/format";
import { useSpokenLanguageName } from "../../../../ui/spoken-languages";
import { useLanguage } from "../../../../ui/useLanguage";
import { useJurisdictionName } from "../../../directory/components/JurisdictionSelects";
import { useSectorNames } from "../../../directory/components/SectorSelects";
import { useHsEntry, useRegions } from "../../../directory/hooks/reference";
import { hsLabel, reasonSentence } from "./reason-text";

const codesOf = (reason: TMatchReason) =>
  reason.kind === "hs-match" || reason.kind === "partnership" || reason.kind === "value-chain" ? [reason.theirCode, reason.yourCode] : [null, null];
const regionOf = (reason: TMatchReason) => (reason.kind === "target-market" && reason.market.includes("-") ? reason.market : null);

/** One reason as a sentence in the reader's language, with names where the reference data has them. */
export function ReasonSentence({ reason }: { reason: TMatchReason }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [theirCode, yourCode] = codesOf(reason);
  // HS names are English only: other readers see codes, so nothing needs fetching for them.
  const their = useHsEntry(language === "en" ? theirCode : null);
  const yours = useHsEntry(language === "en" ? yourCode : null);
  const region = regionOf(reason);
  const regions = useRegions(region ? region.slice(0, 2) : null);
  const jurisdictions = useJurisdictionName();
  const sectorName = useSectorNames();
  const languageName = useSpokenLanguageName();
  const descriptions = new Map([
    [theirCode, their.data?.description],
    [yourCode, yours.data?.description],
  ]);
  const sentence = reasonSentence(reason, {
    hs: (code) => hsLabel(code, descriptions.get(code), language),
    market: (code) => {
      if (!code.includes("-")) return jurisdictions.country(code);
      const found = regions.data?.find((r) => r.code === code);
      return found ? found.names[language] || found.names.en : code;
    },
    sector: sectorName,
    language: languageName,
    level: (level) => t(`matchmaking.reasons.levels.${level}`),
    list: (items) => formatList(items, language),
  });
  return (
    <Text component="li" size="sm" data-testid="recommendation-reason" data-kind={reason.kind}>
      {t(sentence.key, sentence.params)}
    </Text>
  );
}
