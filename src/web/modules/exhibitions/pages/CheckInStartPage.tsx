import { Navigate } from "react-router";
import { lastCheckInForum } from "./last-check-in";

/**
 * Where the installed check-in app starts. It must open with no network, so it goes straight to
 * the door page of the last forum (which works offline) rather than to the forums list (which does not).
 */
export function CheckInStartPage() {
  const forumId = lastCheckInForum();
  return <Navigate to={forumId ? `/forums/${forumId}/check-in` : "/forums"} replace />;
}
