import type { AppContext } from "../../platform/context";
import { formatDateRange, pickText } from "../../platform/i18n";
import type { PreviewProvider } from "../../web-app";
import { getForum } from "./forums/forum.service";

/** Social-media previews for a published forum and its pages (programme, exhibitors, plan…). */
export function exhibitionPreviews(ctx: AppContext): PreviewProvider {
  return async (pathname) => {
    const match = pathname.match(/^\/forums\/([0-9a-f-]{36})(?:\/(programme|exhibitors|plan|register))?$/);
    if (!match) return undefined;
    // Drafts answer 404 to anonymous readers, so unpublished forums never leak into previews.
    const forum = await getForum(ctx, null, match[1]);
    const where = [pickText(forum.venue.name), forum.venue.city].filter(Boolean).join(", ");
    return {
      title: pickText(forum.name),
      description: `${formatDateRange(forum.startsOn, forum.endsOn, "en")} · ${where}. ${pickText(forum.description)}`.trim(),
      image: null,
      type: "website",
    };
  };
}
