import { Anchor, Button, Group, Select, Stack, Text, Title } from "@mantine/core";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";
import { ApiError } from "../../../api/client";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PageLoader, PageSkeleton } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { useMe } from "../../account/session";
import { useForum, useForumId } from "../../exhibitions/hooks/forum";
import { ActingProvider, useActingChoice } from "../components/acting";
import { JoinCard } from "../components/JoinCard";
import { MeetingsNav } from "../components/MeetingsNav";
import { SignInPrompt } from "../components/SignInPrompt";
import { useForumParticipants } from "../hooks/matchmaking";
import { useMeetingRequests } from "../hooks/requests";
import { ProfilesPage } from "./ProfilesPage";

const PUBLIC_SECTION = /\/meetings(\/profiles)?\/?$/;
// A refusal to list participants means "not one of them", not a broken page.
const refused = (error: unknown) => error instanceof ApiError && (error.status === 401 || error.status === 403);

/**
 * `/forums/:id/meetings`: the participant's side of B2B meetings. It settles which organisation the
 * person acts for (one of theirs taking part), offers joining when none does, and shows visitors the
 * public profiles.
 */
export function MeetingsHubPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const forumId = useForumId();
  const forum = useForum(forumId);
  const location = useLocation();
  const me = useMe();
  const signedIn = !!me.data;
  const participants = useForumParticipants(forumId, signedIn);
  const [chosen, choose] = useActingChoice(forumId);
  const memberOf = new Set(me.data?.memberships.map((m) => m.organizationId));
  const mine = (participants.data ?? []).filter((p) => memberOf.has(p.organizationId));
  const acting = mine.find((p) => p.organizationId === chosen) ?? mine[0] ?? null;
  const pending = useMeetingRequests(forumId, acting?.organizationId ?? "", "incoming", !!acting);
  const pendingIncoming = (pending.data?.pages ?? []).flatMap((page) => page.items).filter((r) => r.status === "pending").length;

  if (me.isPending || (signedIn && participants.isPending)) return <PageSkeleton />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  // Requests, agenda and availability are signed-in sections: their routes send visitors to sign in.
  if (!me.data && !PUBLIC_SECTION.test(location.pathname)) return <Outlet />;
  if (participants.isError && !refused(participants.error)) return <ErrorAlert error={participants.error} />;

  if (!acting) {
    return (
      <Stack gap="lg" data-testid="meetings-hub">
        <Intro />
        {me.data ? <JoinCard forumId={forumId} me={me.data} /> : <SignInPrompt />}
        {forum.data?.access.manage ? (
          <Text size="sm">
            <Anchor component={Link} to={`/forums/${forumId}/matchmaking`} data-testid="meetings-desk-link">
              {t("matchmaking.hub.deskLink")}
            </Anchor>
          </Text>
        ) : null}
        <Title order={3} size="h4">
          {t("matchmaking.nav.profiles")}
        </Title>
        <ProfilesPage />
      </Stack>
    );
  }

  return (
    <ActingProvider value={acting}>
      <Stack gap="md" data-testid="meetings-hub">
        <Group justify="space-between" align="flex-end" gap="sm">
          {mine.length > 1 ? (
            <Select
              label={t("matchmaking.hub.actingAs")}
              data={mine.map((p) => ({ value: p.organizationId, label: pickLocalized(p.name, language) }))}
              value={acting.organizationId}
              onChange={(id) => id && choose(id)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              w={{ base: "100%", xs: 320 }}
              data-testid="acting-organization"
            />
          ) : (
            <Text size="sm" c="dimmed" data-testid="acting-organization-name">
              {t("matchmaking.hub.actingAsName", { name: pickLocalized(acting.name, language) })}
            </Text>
          )}
          <Button
            component={Link}
            to={`/organizations/${acting.organizationId}/profiles?forum=${forumId}`}
            variant="default"
            size="sm"
            data-testid="my-profiles-link"
          >
            {t("matchmaking.hub.myProfiles")}
          </Button>
        </Group>
        <MeetingsNav forumId={forumId} pendingIncoming={pendingIncoming} />
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </Stack>
    </ActingProvider>
  );
}

function Intro() {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={2} size="h3">
        {t("matchmaking.hub.title")}
      </Title>
      <Text c="dimmed">{t("matchmaking.hub.subtitle")}</Text>
    </div>
  );
}
