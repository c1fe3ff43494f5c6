import { useLanguage } from "../../../ui/useLanguage";
import { useRegions } from "../hooks/reference";

/** A region's name in the interface language; the code until the country's regions load. */
export function RegionName({ country, code }: { country: string; code: string }) {
  const language = useLanguage();
  const regions = useRegions(country);
  const region = regions.data?.find((r) => r.code === code);
  return <>{region ? region.names[language] || region.names.en : code}</>;
}
