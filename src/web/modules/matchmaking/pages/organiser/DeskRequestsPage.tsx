import { Stack } from "@mantine/core";
import { ErrorAlert } from "../../../../ui/ErrorAlert";
import { PageSkeleton } from "../../../../ui/Loading";
import { useForum, useForumId } from "../../../exhibitions/hooks/forum";
import { RequestList } from "../../components/organiser/RequestList";

/** All meeting requests of the forum, for the organisers to watch and to prioritise. */
export function DeskRequestsPage() {
  const forumId = useForumId();
  const forum = useForum(forumId);
  if (forum.isPending) return <PageSkeleton />;
  if (forum.isError) return <ErrorAlert error={forum.error} />;
  return (
    <Stack gap="md" data-testid="desk-requests">
      <RequestList forumId={forumId} timeZone={forum.data.timeZone} />
    </Stack>
  );
}
