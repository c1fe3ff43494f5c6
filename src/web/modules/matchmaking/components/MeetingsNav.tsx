import { Badge, Box, Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";

type Props = { forumId: string; pendingIncoming: number };

const SECTIONS = [
  { path: "", key: "recommendations" },
  { path: "profiles", key: "profiles" },
  { path: "requests", key: "requests" },
  { path: "agenda", key: "agenda" },
  { path: "availability", key: "availability" },
] as const;

/** The hub's sections as links with addresses of their own; on a phone they wrap, so none hides off-screen. */
export function MeetingsNav({ forumId, pendingIncoming }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const base = `/forums/${forumId}/meetings`;
  const rest = location.pathname.startsWith(base) ? location.pathname.slice(base.length).replace(/^\/|\/$/g, "") : "";
  return (
    <Box component="nav" aria-label={t("matchmaking.nav.label")} data-testid="meetings-nav">
      <Box style={{ display: "flex", flexWrap: "wrap", gap: 6 }}>
        {SECTIONS.map((section) => {
          const current = rest === section.path;
          return (
            <Button
              key={section.key}
              component={Link}
              to={section.path ? `${base}/${section.path}` : base}
              size="compact-md"
              radius="xl"
              variant={current ? "filled" : "light"}
              aria-current={current ? "page" : undefined}
              data-testid={`meetings-nav-${section.key}`}
              rightSection={
                section.key === "requests" && pendingIncoming > 0 ? (
                  <Badge
                    size="xs"
                    circle
                    color={current ? "white" : "red"}
                    c={current ? "brand" : undefined}
                    aria-label={t("matchmaking.nav.pending", { number: pendingIncoming })}
                  >
                    {pendingIncoming}
                  </Badge>
                ) : undefined
              }
            >
              {t(`matchmaking.nav.${section.key}`)}
            </Button>
          );
        })}
      </Box>
    </Box>
  );
}
