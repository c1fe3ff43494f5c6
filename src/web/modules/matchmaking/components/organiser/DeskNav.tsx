import { Box, Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";

const SECTIONS = [
  { path: "", key: "dashboard" },
  { path: "settings", key: "settings" },
  { path: "participants", key: "participants" },
  { path: "requests", key: "requests" },
  { path: "schedule", key: "schedule" },
] as const;

/** The desk's sections as links; on a phone the row scrolls sideways like the forum's tabs. */
export function DeskNav({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const base = `/forums/${forumId}/matchmaking`;
  const rest = pathname.startsWith(base) ? pathname.slice(base.length).replace(/^\/|\/$/g, "") : "";
  const active = SECTIONS.find((section) => (section.path ? rest === section.path || rest.startsWith(`${section.path}/`) : rest === ""));

  return (
    <Box component="nav" aria-label={t("matchmakingAdmin.nav.label")} data-testid="desk-nav" style={{ overflowX: "auto", scrollbarWidth: "thin" }}>
      <Box style={{ display: "flex", gap: 4, width: "max-content" }}>
        {SECTIONS.map((section) => {
          const current = section === active;
          return (
            <Button
              key={section.key}
              component={Link}
              to={section.path ? `${base}/${section.path}` : base}
              variant={current ? "light" : "subtle"}
              color={current ? "brand" : "gray"}
              size="compact-sm"
              aria-current={current ? "page" : undefined}
              data-testid={`desk-nav-${section.key}`}
            >
              {t(`matchmakingAdmin.nav.${section.key}`)}
            </Button>
          );
        })}
      </Box>
    </Box>
  );
}
