import { ErrorAlert } from "../../../../ui/ErrorAlert";
import { PageSkeleton } from "../../../../ui/Loading";
import { useForum, useForumId } from "../../../exhibitions/hooks/forum";
import { SettingsForm } from "../../components/organiser/SettingsForm";
import { useMatchmakingSettings } from "../../hooks/matchmaking-admin";

/** The forum's matchmaking rules; the form opens once the saved settings are known. */
export function DeskSettingsPage() {
  const forumId = useForumId();
  const forum = useForum(forumId);
  const settings = useMatchmakingSettings(forumId);

  if (forum.isPending || settings.isPending) return <PageSkeleton />;
  if (forum.isError) return <ErrorAlert error={forum.error} />;
  if (settings.isError) return <ErrorAlert error={settings.error} />;
  return <SettingsForm forum={forum.data} settings={settings.data} />;
}
