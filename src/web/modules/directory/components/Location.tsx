import { Group, Text, type TextProps } from "@mantine/core";
import { Flag } from "../../../ui/Flag";
import { useJurisdictionName } from "./JurisdictionSelects";
import { RegionName } from "./RegionName";

/** "🇹🇯 Tajikistan · Sughd · Khujand": flag, country, region and city where known. */
export function Location({ country, region, city, ...text }: { country: string; region?: string | null; city?: string | null } & TextProps) {
  const names = useJurisdictionName();
  return (
    <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
      <Flag country={country} />
      <Text size="sm" c="dimmed" truncate {...text}>
        {names.country(country)}
        {region ? (
          <>
            {" · "}
            <RegionName country={country} code={region} />
          </>
        ) : null}
        {city ? ` · ${city}` : null}
      </Text>
    </Group>
  );
}
