import { Box, UnstyledButton } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { TForum } from "../../../../contracts/exhibitions";

type Tab = { path: string; label: string; testId: string };

/**
 * The forum's sections as links (each has an address to share), drawn as tabs. On a phone the
 * row scrolls sideways instead of wrapping into a block that pushes the page down.
 */
export function ForumTabs({ forum }: { forum: TForum }) {
  const { t } = useTranslation();
  const location = useLocation();
  const base = `/forums/${forum.id}`;
  const rest = location.pathname.startsWith(base) ? location.pathname.slice(base.length).replace(/^\/|\/$/g, "") : "";

  const tabs: Tab[] = [
    { path: "", label: t("forums.tabs.overview"), testId: "overview" },
    { path: "programme", label: t("forums.tabs.programme"), testId: "programme" },
    { path: "exhibitors", label: t("forums.tabs.exhibitors"), testId: "exhibitors" },
    { path: "plan", label: t("forums.tabs.plan"), testId: "plan" },
    { path: "register", label: t("forums.tabs.register"), testId: "register" },
    { path: "meetings", label: t("forums.tabs.meetings"), testId: "meetings" },
  ];
  if (forum.access.manage) {
    tabs.push(
      { path: "edit", label: t("forums.tabs.edit"), testId: "edit" },
      { path: "plan/edit", label: t("forums.tabs.planEditor"), testId: "plan-editor" },
      { path: "review", label: t("forums.tabs.applications"), testId: "review" },
      { path: "registrations", label: t("forums.tabs.registrations"), testId: "registrations" },
      { path: "tours", label: t("forums.tabs.tours"), testId: "tours" },
      { path: "dashboard", label: t("forums.tabs.dashboard"), testId: "dashboard" },
      { path: "matchmaking", label: t("forums.tabs.matchmaking"), testId: "matchmaking" },
    );
  }
  // The deepest section the address is in: "plan/edit" is the editor, not the plan.
  const active = tabs
    .filter((tab) => (tab.path === "" ? rest === "" : rest === tab.path || rest.startsWith(`${tab.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];

  // On a phone the current section may be off to the side; bring it into view without moving the page.
  const row = useRef<HTMLDivElement>(null);
  const activePath = active?.path;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the section changes
  useEffect(() => {
    const container = row.current;
    const current = container?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!container || !current) return;
    const left = current.offsetLeft - container.offsetLeft;
    if (left < container.scrollLeft || left + current.offsetWidth > container.scrollLeft + container.clientWidth) {
      container.scrollLeft = Math.max(0, left - 16);
    }
  }, [activePath]);

  return (
    <Box
      ref={row}
      component="nav"
      aria-label={t("forums.tabs.label")}
      data-testid="forum-tabs"
      style={{ overflowX: "auto", borderBottom: "1px solid var(--mantine-color-gray-3)", scrollbarWidth: "thin" }}
    >
      <Box style={{ display: "flex", flexWrap: "nowrap", gap: 4, width: "max-content" }}>
        {tabs.map((tab) => {
          const current = tab === active;
          return (
            <UnstyledButton
              key={tab.path}
              component={Link}
              to={tab.path ? `${base}/${tab.path}` : base}
              aria-current={current ? "page" : undefined}
              data-testid={`forum-tab-${tab.testId}`}
              px="sm"
              py={10}
              fz="sm"
              fw={current ? 650 : 500}
              c={current ? "brand.8" : "dark.4"}
              style={{
                whiteSpace: "nowrap",
                borderBottom: `2px solid ${current ? "var(--mantine-color-brand-7)" : "transparent"}`,
                marginBottom: -1,
              }}
            >
              {tab.label}
            </UnstyledButton>
          );
        })}
      </Box>
    </Box>
  );
}
