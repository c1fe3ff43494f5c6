import { Anchor, Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TExhibitor } from "../../../../contracts/exhibitions";
import { PinIcon } from "../../../ui/icons";
import { pickLocalized } from "../../../ui/localized";
import { OrgAvatar } from "../../../ui/OrgAvatar";
import { useLanguage } from "../../../ui/useLanguage";
import { FictionalBadge } from "../../directory/components/FictionalBadge";
import { Location } from "../../directory/components/Location";
import { PavilionChip } from "./PavilionChip";

const SHOWN_PRODUCTS = 4;

/** An exhibitor in the catalogue: who, from where, in which pavilion and booth, showing what. */
export function ExhibitorCard({ forumId, exhibitor }: { forumId: string; exhibitor: TExhibitor }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const org = exhibitor.organization;
  const name = pickLocalized(org.name, language);
  const products = exhibitor.products.slice(0, SHOWN_PRODUCTS);
  return (
    <Card withBorder padding="md" radius="md" data-testid="exhibitor-card">
      <Stack gap="sm">
        <Group wrap="nowrap" align="flex-start" gap="sm">
          <OrgAvatar name={name} logoUrl={org.logoUrl} size={44} />
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Anchor component={Link} to={`/organizations/${org.id}`} fw={600} c="dark" lineClamp={2} data-testid="exhibitor-name">
              {name}
            </Anchor>
            <Location country={org.country} />
            {/* Under the name, not beside it: on a phone the badge would leave the name no room. */}
            {org.fictional ? (
              <Group>
                <FictionalBadge />
              </Group>
            ) : null}
          </Stack>
        </Group>
        <Group gap="xs" justify="space-between">
          {exhibitor.pavilion ? <PavilionChip name={pickLocalized(exhibitor.pavilion.name, language)} color={exhibitor.pavilion.color} /> : <span />}
          {exhibitor.booth ? (
            <Anchor component={Link} to={`/forums/${forumId}/plan?booth=${exhibitor.booth.id}`} size="sm" fw={600} data-testid="exhibitor-booth">
              <Group gap={4} wrap="nowrap" component="span">
                <PinIcon size={14} />
                {t("exhibitors.boothOnPlan", { number: exhibitor.booth.number })}
              </Group>
            </Anchor>
          ) : null}
        </Group>
        {products.length ? (
          <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("exhibitors.products")}>
            {products.map((product) => (
              <Group key={product.id} component="li" gap={6} wrap="nowrap" justify="space-between">
                <Anchor component={Link} to={`/products/${product.id}`} size="sm" c="dark.5" lineClamp={1} style={{ flex: 1, minWidth: 0 }}>
                  {pickLocalized(product.name, language)}
                </Anchor>
                <Badge variant="light" color="gray" size="sm" ff="monospace" style={{ flexShrink: 0 }} title={t("product.hsCode")}>
                  {product.hsCode}
                </Badge>
              </Group>
            ))}
            {exhibitor.products.length > SHOWN_PRODUCTS ? (
              <Text size="xs" c="dimmed">
                {t("exhibitors.moreProducts", { number: exhibitor.products.length - SHOWN_PRODUCTS })}
              </Text>
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
