import { Anchor, Badge, Button, Card, Divider, Grid, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../../api/client";
import { NotFoundPage } from "../../../app/NotFoundPage";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Fact } from "../../../ui/Fact";
import { EditIcon, LinkIcon, PlusIcon } from "../../../ui/icons";
import { PageSkeleton } from "../../../ui/Loading";
import { organizationName, pickLocalized } from "../../../ui/localized";
import { OrgAvatar } from "../../../ui/OrgAvatar";
import { useSpokenLanguageName } from "../../../ui/spoken-languages";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { canManageOrganization, isMemberOf, useMe } from "../../account/session";
import { ProposeMeetingButton } from "../../matchmaking/components/ProposeMeetingButton";
import { FictionalBadge } from "../components/FictionalBadge";
import { LocalizedVariants } from "../components/LocalizedVariants";
import { Location } from "../components/Location";
import { OrganizationProducts } from "../components/OrganizationProducts";
import { useSectorNames } from "../components/SectorSelects";
import { useOrganization } from "../hooks/directory";

export function OrganizationPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const org = useOrganization(id);
  const sectorName = useSectorNames();
  const spokenName = useSpokenLanguageName();
  const name = org.data ? organizationName(org.data, language) : undefined;
  useDocumentTitle(name);

  if (org.isPending) return <PageSkeleton />;
  if (org.isError)
    return org.error instanceof ApiError && org.error.status === 404 ? <NotFoundPage message={t("organization.notFound")} /> : <ErrorAlert error={org.error} />;
  const o = org.data;
  const description = pickLocalized(o.description, language);
  const legal = pickLocalized(o.legalName, language);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="md">
        <Group wrap="nowrap" align="flex-start" gap="md" style={{ flex: 1, minWidth: 0 }}>
          <OrgAvatar name={name ?? ""} logoUrl={o.logoUrl} size={88} />
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Title order={1} fz={{ base: 24, sm: 30 }}>
                {name}
              </Title>
              {o.fictional ? <FictionalBadge /> : null}
            </Group>
            {legal !== name ? <Text c="dimmed">{legal}</Text> : null}
            <Location country={o.country} region={o.region} city={o.city} size="md" />
          </Stack>
        </Group>
        <Group gap="xs">
          {canManageOrganization(me.data, o.id) ? (
            <Button component={Link} to={`/organizations/${o.id}/edit`} leftSection={<EditIcon size={16} />} variant="default">
              {t("common.edit")}
            </Button>
          ) : (
            <ProposeMeetingButton organization={{ id: o.id, name: { ...o.legalName, ...o.shortName } }} />
          )}
        </Group>
      </Group>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg">
              <Title order={2} size="h4" mb="sm">
                {t("organization.about")}
              </Title>
              {description ? <Text className="preserve-lines">{description}</Text> : <Text c="dimmed">{t("organization.noDescription")}</Text>}
            </Card>
            <OrganizationProducts
              organizationId={o.id}
              canAdd={isMemberOf(me.data, o.id)}
              addButton={
                <Button component={Link} to={`/organizations/${o.id}/products/new`} leftSection={<PlusIcon size={16} />} size="xs">
                  {t("product.add")}
                </Button>
              }
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg">
              <Stack gap="md">
                <Fact label={t("organization.names")}>
                  <LocalizedVariants text={o.legalName} />
                  {Object.values(o.shortName).some(Boolean) ? (
                    <>
                      <Divider my={6} variant="dashed" />
                      <LocalizedVariants text={o.shortName} />
                    </>
                  ) : null}
                </Fact>
                {o.website ? (
                  <Fact label={t("organization.website")}>
                    <Anchor href={o.website} target="_blank" rel="noopener noreferrer nofollow" size="sm" style={{ overflowWrap: "anywhere" }}>
                      <Group gap={4} wrap="nowrap" component="span">
                        {o.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                        <LinkIcon size={14} />
                      </Group>
                    </Anchor>
                  </Fact>
                ) : null}
                {o.address ? (
                  <Fact label={t("organization.address")}>
                    <Text size="sm">{o.address}</Text>
                  </Fact>
                ) : null}
                {o.sectors.length ? (
                  <Fact label={t("organization.sectors")}>
                    <Group gap={4}>
                      {o.sectors.map((code) => (
                        <Badge key={code} variant="light" color="brand" tt="none" fw={500}>
                          {sectorName(code)}
                        </Badge>
                      ))}
                    </Group>
                  </Fact>
                ) : null}
                {o.languages.length ? (
                  <Fact label={t("organization.languages")}>
                    <Text size="sm">{o.languages.map(spokenName).join(", ")}</Text>
                  </Fact>
                ) : null}
                {o.size ? (
                  <Fact label={t("organization.size")}>
                    <Text size="sm">{t(`sizes.${o.size}`)}</Text>
                  </Fact>
                ) : null}
              </Stack>
            </Card>
            {o.people.length ? (
              <Card withBorder padding="lg">
                <Title order={2} size="h4" mb="sm">
                  {t("organization.people")}
                </Title>
                <Stack gap="sm">
                  {o.people.map((person, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list; two people may share a name
                    <div key={`${person.name}-${index}`}>
                      <Text size="sm" fw={500}>
                        {person.name}
                      </Text>
                      {person.jobTitle ? (
                        <Text size="xs" c="dimmed">
                          {person.jobTitle}
                        </Text>
                      ) : null}
                    </div>
                  ))}
                </Stack>
              </Card>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
