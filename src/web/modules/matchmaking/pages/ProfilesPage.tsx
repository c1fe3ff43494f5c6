import { Button, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TProfile } from "../../../../contracts/matchmaking";
import { SearchIcon } from "../../../ui/icons";
import { useSearchText } from "../../../ui/useSearchText";
import { SearchResults } from "../../directory/components/SearchResults";
import { useForum, useForumId } from "../../exhibitions/hooks/forum";
import { useActingParticipant } from "../components/acting";
import { ProfileCard } from "../components/profiles/ProfileCard";
import { ProfileFilters } from "../components/profiles/ProfileFilters";
import { RequestMeetingModal } from "../components/RequestMeetingModal";
import { useMatchmakingSettings } from "../hooks/matchmaking";
import { useProfileSearch } from "../hooks/profiles";
import { useProfileParams } from "../hooks/useProfileParams";

/** The forum's cooperation profiles, searchable; open to visitors, with meeting requests for participants. */
export function ProfilesPage() {
  const { t } = useTranslation();
  const forumId = useForumId();
  const forum = useForum(forumId);
  const acting = useActingParticipant();
  const settings = useMatchmakingSettings(acting ? forumId : "");
  const [params, update] = useProfileParams();
  const [text, setText] = useSearchText(params.q, (q) => update({ q }), 300);
  const profiles = useProfileSearch(forumId, params);
  const [asking, setAsking] = useState<TProfile | null>(null);
  const filtered = !!(params.q || params.kind || params.hs || params.country);

  return (
    <Stack gap="md" data-testid="profiles-page">
      <TextInput
        size="md"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        placeholder={t("matchmaking.profiles.searchPlaceholder")}
        aria-label={t("matchmaking.profiles.searchLabel")}
        leftSection={<SearchIcon size={18} />}
        type="search"
        autoComplete="off"
        data-testid="profile-search"
      />
      <ProfileFilters filters={params} onChange={update} />
      <SearchResults
        query={profiles}
        keyOf={(profile) => profile.id}
        render={(profile) => (
          <ProfileCard
            profile={profile}
            actions={
              acting && profile.organization.id !== acting.organizationId ? (
                <Button size="sm" onClick={() => setAsking(profile)} data-testid="request-meeting">
                  {t("matchmaking.request.action")}
                </Button>
              ) : null
            }
          />
        )}
        totalLabel={(total) => t("matchmaking.profiles.found", { total })}
        emptyLabel={filtered ? t("matchmaking.profiles.noneMatch") : t("matchmaking.profiles.none")}
      />
      {asking && acting && forum.data ? (
        <RequestMeetingModal
          forumId={forumId}
          timeZone={forum.data.timeZone}
          settings={settings.data}
          from={acting}
          to={{ organizationId: asking.organization.id, name: asking.organization.name }}
          onClose={() => setAsking(null)}
        />
      ) : null}
    </Stack>
  );
}
