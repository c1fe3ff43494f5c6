import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import type { TProfile } from "../../../../contracts/matchmaking";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { ErrorAlert, errorMessage } from "../../../ui/ErrorAlert";
import { EditIcon, PlusIcon } from "../../../ui/icons";
import { CardSkeletons, PageSkeleton } from "../../../ui/Loading";
import { organizationName } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { isMemberOf, useMe } from "../../account/session";
import { useOrganization } from "../../directory/hooks/directory";
import { ProfileCard } from "../components/profiles/ProfileCard";
import { ProfileForm } from "../components/profiles/ProfileForm";
import { useDeleteProfile, useOrganizationProfiles } from "../hooks/profiles";

/** An organisation's cooperation profiles: what it offers, seeks or proposes, for every forum's matchmaking. */
export function MyProfilesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const forumId = params.get("forum");
  const me = useMe();
  const organization = useOrganization(id);
  const profiles = useOrganizationProfiles(id);
  const remove = useDeleteProfile();
  const [editing, setEditing] = useState<TProfile | "new" | null>(null);
  const name = organization.data ? organizationName(organization.data, language) : "";
  useDocumentTitle(name ? t("matchmaking.myProfiles.title", { name }) : undefined);

  if (organization.isPending || me.isPending) return <PageSkeleton />;
  if (organization.isError) return <ErrorAlert error={organization.error} />;
  if (!isMemberOf(me.data, id)) {
    return (
      <Alert color="yellow" variant="light" data-testid="not-member">
        {t("errors.notMember")}
      </Alert>
    );
  }

  const deleteProfile = (profile: TProfile) =>
    remove.mutate(profile.id, {
      onSuccess: () => notifications.show({ color: "brand", message: t("matchmaking.myProfiles.deleted") }),
      onError: (error) => notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }),
    });

  return (
    <Stack gap="lg" data-testid="my-profiles-page">
      <div>
        {forumId ? (
          <Anchor component={Link} to={`/forums/${forumId}/meetings`} size="sm" data-testid="back-to-meetings">
            ← {t("matchmaking.myProfiles.backToMeetings")}
          </Anchor>
        ) : (
          <Anchor component={Link} to={`/organizations/${id}`} size="sm">
            ← {name}
          </Anchor>
        )}
        <Title order={1} size="h2" mt={4}>
          {editing === "new"
            ? t("matchmaking.myProfiles.newTitle")
            : editing
              ? t("matchmaking.myProfiles.editTitle")
              : t("matchmaking.myProfiles.title", { name })}
        </Title>
        {editing ? null : <Text c="dimmed">{t("matchmaking.myProfiles.subtitle")}</Text>}
      </div>
      {editing ? (
        <ProfileForm
          key={editing === "new" ? "new" : editing.id}
          organizationId={id}
          profile={editing === "new" ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        <>
          <Group>
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setEditing("new")} data-testid="profile-new">
              {t("matchmaking.myProfiles.new")}
            </Button>
          </Group>
          {profiles.isError ? <ErrorAlert error={profiles.error} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {profiles.isPending ? <CardSkeletons count={2} /> : null}
            {(profiles.data ?? []).map((profile) => (
              <ProfileCard
                key={profile.id}
                profile={profile}
                showOwner={false}
                actions={
                  <>
                    <ConfirmButton
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      question={t("matchmaking.myProfiles.confirmDelete")}
                      confirmLabel={t("matchmaking.myProfiles.delete")}
                      onConfirm={() => deleteProfile(profile)}
                      loading={remove.isPending && remove.variables === profile.id}
                      data-testid="profile-delete"
                    >
                      {t("matchmaking.myProfiles.delete")}
                    </ConfirmButton>
                    <Button
                      variant="light"
                      size="compact-sm"
                      leftSection={<EditIcon size={14} />}
                      onClick={() => setEditing(profile)}
                      data-testid="profile-edit"
                    >
                      {t("common.edit")}
                    </Button>
                  </>
                }
              />
            ))}
          </SimpleGrid>
          {profiles.data?.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl" data-testid="no-profiles">
              {t("matchmaking.myProfiles.none")}
            </Text>
          ) : null}
        </>
      )}
    </Stack>
  );
}
