import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TOrganizationSummary } from "../../../../contracts/directory";
import { formatNumber } from "../../../ui/format";
import { pickLocalized } from "../../../ui/localized";
import { OrgAvatar } from "../../../ui/OrgAvatar";
import { useLanguage } from "../../../ui/useLanguage";
import { FictionalBadge } from "./FictionalBadge";
import { Location } from "./Location";
import { useSectorNames } from "./SectorSelects";

export function OrganizationCard({ organization: org }: { organization: TOrganizationSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sectorName = useSectorNames();
  const name = pickLocalized(org.shortName, language) || pickLocalized(org.legalName, language);
  const legal = pickLocalized(org.legalName, language);
  return (
    <Card component={Link} to={`/organizations/${org.id}`} withBorder padding="lg" radius="md" className="card-link" data-testid="organization-card">
      <Group wrap="nowrap" align="flex-start" gap="md">
        <OrgAvatar name={name} logoUrl={org.logoUrl} size={52} />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} lineClamp={2} data-testid="organization-card-name">
            {name}
          </Text>
          {legal && legal !== name ? (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {legal}
            </Text>
          ) : null}
          <Location country={org.country} region={org.region} city={org.city} />
          {org.sectors.length > 0 ? (
            <Group gap={4} mt={4}>
              {org.sectors.slice(0, 3).map((code) => (
                <Badge key={code} variant="light" color="gray" size="sm" fw={500} tt="none">
                  {sectorName(code)}
                </Badge>
              ))}
              {org.sectors.length > 3 ? (
                <Badge variant="transparent" color="gray" size="sm" tt="none">
                  +{org.sectors.length - 3}
                </Badge>
              ) : null}
            </Group>
          ) : null}
          <Group gap="xs" justify="space-between" mt={4}>
            <Text size="xs" c="dimmed">
              {t("directory.productCount", { number: formatNumber(org.productCount, language) })}
            </Text>
            {org.fictional ? <FictionalBadge /> : null}
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}
