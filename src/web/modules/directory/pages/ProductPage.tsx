import { Anchor, Badge, Button, Card, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../../api/client";
import { NotFoundPage } from "../../../app/NotFoundPage";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Fact } from "../../../ui/Fact";
import { Flag } from "../../../ui/Flag";
import { formatMoney, formatNumber } from "../../../ui/format";
import { EditIcon, PlayIcon } from "../../../ui/icons";
import { PageSkeleton } from "../../../ui/Loading";
import { organizationName, pickLocalized } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { isMemberOf, useMe } from "../../account/session";
import { FictionalBadge } from "../components/FictionalBadge";
import { HsLevelBadge } from "../components/HsLevelBadge";
import { useJurisdictionName } from "../components/JurisdictionSelects";
import { LocalizedVariants } from "../components/LocalizedVariants";
import { Location } from "../components/Location";
import { PhotoGallery } from "../components/PhotoGallery";
import { useProduct } from "../hooks/directory";

export function ProductPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const product = useProduct(id);
  const names = useJurisdictionName();
  const name = product.data ? pickLocalized(product.data.name, language) : undefined;
  useDocumentTitle(name);

  if (product.isPending) return <PageSkeleton />;
  if (product.isError)
    return product.error instanceof ApiError && product.error.status === 404 ? (
      <NotFoundPage message={t("product.notFound")} />
    ) : (
      <ErrorAlert error={product.error} />
    );
  const p = product.data;
  const description = pickLocalized(p.description, language);
  const maker = organizationName(p.organization, language);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs">
            <Title order={1} fz={{ base: 24, sm: 30 }} data-testid="product-name">
              {name}
            </Title>
            {p.fictional ? <FictionalBadge /> : null}
          </Group>
          <Group gap="xs">
            <Text c="dimmed">{t("product.madeBy")}</Text>
            <Anchor component={Link} to={`/organizations/${p.organizationId}`} fw={500} data-testid="product-maker">
              {maker}
            </Anchor>
          </Group>
          <Location country={p.organization.country} region={p.organization.region} />
        </Stack>
        {isMemberOf(me.data, p.organizationId) ? (
          <Button component={Link} to={`/products/${p.id}/edit`} leftSection={<EditIcon size={16} />} variant="default">
            {t("common.edit")}
          </Button>
        ) : null}
      </Group>

      <div className="product-layout">
        <div style={{ gridArea: "gallery", minWidth: 0 }}>
          <PhotoGallery photos={p.photoUrls} name={name ?? ""} />
        </div>
        <Stack gap="lg" style={{ gridArea: "text", minWidth: 0 }}>
          <Card withBorder padding="lg">
            <Title order={2} size="h4" mb="sm">
              {t("product.description")}
            </Title>
            {description ? <Text className="preserve-lines">{description}</Text> : <Text c="dimmed">{t("product.noDescription")}</Text>}
          </Card>
          {p.specifications.length ? (
            <Card withBorder padding="lg">
              <Title order={2} size="h4" mb="sm">
                {t("product.specifications")}
              </Title>
              <Table striped withRowBorders={false} data-testid="product-specifications">
                <Table.Tbody>
                  {p.specifications.map((spec, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list; names may repeat
                    <Table.Tr key={`${spec.name}-${index}`}>
                      <Table.Th w="45%" fw={500} c="dimmed">
                        {spec.name}
                      </Table.Th>
                      <Table.Td>
                        {spec.value}
                        {spec.unit ? ` ${spec.unit}` : ""}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          ) : null}
        </Stack>
        <div style={{ gridArea: "facts", minWidth: 0 }}>
          <Card withBorder padding="lg">
            <Stack gap="md">
              {p.price ? (
                <div>
                  <Text size="xs" tt="uppercase" fw={600} c="dimmed">
                    {t("product.price")}
                  </Text>
                  <Text fz={28} fw={700} c="brand.8" data-testid="product-price">
                    {formatMoney(p.price.amount, p.price.currency, language)}
                  </Text>
                </div>
              ) : (
                <Text c="dimmed" size="sm">
                  {t("product.priceOnRequest")}
                </Text>
              )}
              {p.minimumOrder ? (
                <Fact label={t("product.minimumOrder")}>
                  {formatNumber(p.minimumOrder.quantity, language)} {p.minimumOrder.unit}
                </Fact>
              ) : null}
              <Fact label={t("product.hsCode")}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge variant="light" color="blue" ff="monospace" style={{ flexShrink: 0 }} data-testid="product-hs-code">
                    {p.hsCode}
                  </Badge>
                  <HsLevelBadge level={p.hsCode.length} />
                </Group>
                {p.hsDescription ? (
                  <Text size="sm" mt={4}>
                    {p.hsDescription}
                  </Text>
                ) : null}
              </Fact>
              {p.componentOrigins.length ? (
                <Fact label={t("product.componentOrigins")}>
                  <Group gap={6}>
                    {p.componentOrigins.map((code) => (
                      <Badge key={code} variant="default" tt="none" fw={500} leftSection={<Flag country={code} />}>
                        {names.country(code)}
                      </Badge>
                    ))}
                  </Group>
                </Fact>
              ) : null}
              {p.videoUrls.length ? (
                <Fact label={t("product.videos")}>
                  <List spacing={4} listStyleType="none" p={0}>
                    {p.videoUrls.map((url) => (
                      <List.Item key={url}>
                        <Anchor href={url} target="_blank" rel="noopener noreferrer nofollow" size="sm" style={{ overflowWrap: "anywhere" }}>
                          <Group gap={6} wrap="nowrap" component="span">
                            <PlayIcon size={16} />
                            {url.replace(/^https?:\/\/(www\.)?/, "")}
                          </Group>
                        </Anchor>
                      </List.Item>
                    ))}
                  </List>
                </Fact>
              ) : null}
              <Fact label={t("product.names")}>
                <LocalizedVariants text={p.name} />
              </Fact>
            </Stack>
          </Card>
        </div>
      </div>
    </Stack>
  );
}
