import { Badge, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TApplication } from "../../../../contracts/exhibitions";
import { Fact } from "../../../ui/Fact";
import { formatDate, formatNumber } from "../../../ui/format";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { Location } from "../../directory/components/Location";
import { PavilionChip } from "./PavilionChip";

/** What was asked for: the place, the area, the products and the exhibitor's message. */
export function ApplicationSummary({ application, children }: { application: TApplication; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const a = application;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        <Fact label={t("exhibitors.organization")}>
          <Text fw={500}>{pickLocalized(a.organization.name, language)}</Text>
          <Location country={a.organization.country} />
        </Fact>
        <Fact label={t("exhibitors.requested")}>
          <Stack gap={4} align="flex-start">
            <Text>{t(`exhibitors.kind.${a.kind}`)}</Text>
            {a.booth ? (
              <Text fw={600} data-testid="application-booth">
                {t("exhibitors.boothNumber", { number: a.booth.number })} · {formatNumber(a.booth.area, language)} m²
              </Text>
            ) : null}
            {a.pavilion ? <PavilionChip name={pickLocalized(a.pavilion.name, language)} color={a.pavilion.color} /> : null}
            {a.requestedArea ? <Text size="sm">{t("exhibitors.areaValue", { area: formatNumber(a.requestedArea, language) })}</Text> : null}
          </Stack>
        </Fact>
        <Fact label={t("exhibitors.submitted")}>
          <Text>{formatDate(a.createdAt, language)}</Text>
        </Fact>
      </SimpleGrid>
      {a.products.length ? (
        <Fact label={t("exhibitors.products")}>
          <Group gap={6}>
            {a.products.map((product) => (
              <Badge key={product.id} variant="light" color="gray" tt="none" fw={500} maw="100%">
                {pickLocalized(product.name, language)} · {product.hsCode}
              </Badge>
            ))}
          </Group>
        </Fact>
      ) : null}
      {a.message ? (
        <Fact label={t("exhibitors.message")}>
          <Text size="sm" className="preserve-lines">
            {a.message}
          </Text>
        </Fact>
      ) : null}
      {children}
    </Stack>
  );
}
