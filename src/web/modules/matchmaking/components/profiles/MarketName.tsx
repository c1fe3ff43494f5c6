import { useJurisdictionName } from "../../../directory/components/JurisdictionSelects";
import { RegionName } from "../../../directory/components/RegionName";

/** A target market's name: a country (TJ) or a region (RU-TA). */
export function MarketName({ code }: { code: string }) {
  const names = useJurisdictionName();
  if (code.includes("-")) return <RegionName country={code.slice(0, 2)} code={code} />;
  return <>{names.country(code)}</>;
}
