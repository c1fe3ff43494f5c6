import { Anchor, Badge, Card, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TProfile } from "../../../../../contracts/matchmaking";
import { formatDate, formatNumber } from "../../../../ui/format";
import { pickLocalized } from "../../../../ui/localized";
import { useSpokenLanguageName } from "../../../../ui/spoken-languages";
import { useLanguage } from "../../../../ui/useLanguage";
import { Location } from "../../../directory/components/Location";
import { MarketName } from "./MarketName";
import { ProfileKindBadge } from "./ProfileKindBadge";

type Props = { profile: TProfile; actions?: ReactNode; showOwner?: boolean };

/** A cooperation profile: what is offered, sought or proposed, how much, for which markets, until when. */
export function ProfileCard({ profile, actions, showOwner = true }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const languageName = useSpokenLanguageName();
  const description = pickLocalized(profile.description, language);
  const quantity =
    profile.quantity !== null
      ? t(profile.quantityPeriod ? `matchmaking.profile.quantityPer.${profile.quantityPeriod}` : "matchmaking.profile.quantityOnce", {
          amount: formatNumber(profile.quantity, language),
          unit: profile.quantityUnit ?? "",
        }).trim()
      : null;

  return (
    <Card withBorder padding="md" radius="md" data-testid="profile-card" data-profile={profile.id}>
      <Stack gap="sm" h="100%">
        <Group gap={6}>
          <ProfileKindBadge kind={profile.kind} />
          {profile.partnershipType ? (
            <Badge size="sm" variant="outline" color="grape">
              {t(`matchmaking.partnershipTypes.${profile.partnershipType}`)}
            </Badge>
          ) : null}
          {profile.exportReady ? (
            <Badge size="sm" variant="light" color="green">
              {t("matchmaking.profile.exportReady")}
            </Badge>
          ) : null}
          {!profile.current ? (
            <Badge size="sm" variant="filled" color="gray" data-testid="profile-expired">
              {t("matchmaking.profile.expired")}
            </Badge>
          ) : null}
        </Group>
        <Text fw={600} lineClamp={2} data-testid="profile-title">
          {pickLocalized(profile.title, language)}
        </Text>
        {showOwner ? (
          <Stack gap={2}>
            <Anchor component={Link} to={`/organizations/${profile.organization.id}`} size="sm" fw={500} lineClamp={2} data-testid="profile-organization">
              {pickLocalized(profile.organization.name, language)}
            </Anchor>
            <Location country={profile.organization.country} region={profile.organization.region} size="xs" />
          </Stack>
        ) : null}
        {description ? (
          <Text size="sm" c="dimmed" lineClamp={3}>
            {description}
          </Text>
        ) : null}
        {profile.hsCodes.length ? (
          <Group gap={4} aria-label={t("matchmaking.profile.hsCodes")}>
            {profile.hsCodes.map((code) => (
              <Badge key={code} size="sm" variant="light" color="gray" ff="monospace">
                HS {code}
              </Badge>
            ))}
          </Group>
        ) : null}
        <Stack gap={2}>
          {quantity ? <Detail label={t("matchmaking.profile.quantity")}>{quantity}</Detail> : null}
          {profile.targetMarkets.length ? (
            <Detail label={t("matchmaking.profile.targetMarkets")}>
              {profile.targetMarkets.map((code, index) => (
                <span key={code}>
                  {index ? ", " : ""}
                  <MarketName code={code} />
                </span>
              ))}
            </Detail>
          ) : null}
          {profile.languages.length ? <Detail label={t("matchmaking.profile.languages")}>{profile.languages.map(languageName).join(", ")}</Detail> : null}
          {profile.certificates.length ? <Detail label={t("matchmaking.profile.certificates")}>{profile.certificates.join(", ")}</Detail> : null}
          {profile.validFrom || profile.validUntil ? (
            <Detail label={t("matchmaking.profile.validity")}>
              {[profile.validFrom, profile.validUntil].map((date) => (date ? formatDate(`${date}T12:00:00Z`, language) : "…")).join(" – ")}
            </Detail>
          ) : null}
        </Stack>
        {actions ? (
          <Group justify="flex-end" gap="xs" mt="auto">
            {actions}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:
      </Text>{" "}
      {children}
    </Text>
  );
}
