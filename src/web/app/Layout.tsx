import { Anchor, AppShell, Box, Burger, Button, Container, Divider, Group, NavLink, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, NavLink as RouterNavLink, ScrollRestoration, useLocation, useNavigate } from "react-router";
import { useMe, useSignOut } from "../modules/account/session";
import { BrandLogo } from "../ui/BrandLogo";
import { BadgeIcon, BuildingIcon, CalendarIcon, ChartIcon, InboxIcon, LogoutIcon, SearchIcon, UploadIcon, UserIcon } from "../ui/icons";
import { PageLoader } from "../ui/Loading";
import { DemoBadge } from "./DemoBadge";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { UserMenu } from "./UserMenu";

/** The page frame: header with navigation, a drawer of the same links on phones, and the page. */
export function Layout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();

  // The drawer covers the page on phones; following a link should reveal the new page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation, which is the point
  useEffect(() => close(), [location.pathname]);

  const user = me.data;
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 280, breakpoint: "sm", collapsed: { mobile: !opened, desktop: true } }} padding={0}>
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("nav.menu")} />
              <Anchor component={Link} to="/" underline="never" aria-label={t("nav.home")}>
                <BrandLogo />
              </Anchor>
              <Group gap={4} visibleFrom="sm" ml="md">
                <Button component={RouterNavLink} to="/" variant="subtle" color="dark" size="sm">
                  {t("nav.directory")}
                </Button>
                <Button component={RouterNavLink} to="/forums" variant="subtle" color="dark" size="sm">
                  {t("forums.nav")}
                </Button>
                <Button component={RouterNavLink} to="/trade" variant="subtle" color="dark" size="sm">
                  {t("trade.nav")}
                </Button>
                <Button component={RouterNavLink} to="/cooperation" variant="subtle" color="dark" size="sm">
                  {t("cooperation.nav")}
                </Button>
              </Group>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <DemoBadge />
              <LanguageSwitcher />
              <Group gap="xs" visibleFrom="sm" wrap="nowrap">
                {user ? (
                  <UserMenu me={user} />
                ) : me.isPending ? null : (
                  <>
                    <Button component={Link} to="/sign-in" variant="default" size="sm">
                      {t("nav.signIn")}
                    </Button>
                    <Button component={Link} to="/sign-up" size="sm">
                      {t("nav.signUp")}
                    </Button>
                  </>
                )}
              </Group>
            </Group>
          </Group>
        </Container>
      </AppShell.Header>

      {/* Hidden while closed: off-screen links would otherwise still be found by keyboard, screen readers and tests. */}
      <AppShell.Navbar p="md" aria-label={t("nav.menu")} style={{ visibility: opened ? "visible" : "hidden" }}>
        <Stack gap={4}>
          <NavLink component={RouterNavLink} to="/" label={t("nav.directory")} leftSection={<SearchIcon size={16} />} />
          <NavLink component={RouterNavLink} to="/forums" label={t("forums.nav")} leftSection={<CalendarIcon size={16} />} />
          <NavLink component={RouterNavLink} to="/trade" label={t("trade.nav")} leftSection={<ChartIcon size={16} />} />
          <NavLink component={RouterNavLink} to="/cooperation" label={t("cooperation.nav")} leftSection={<BuildingIcon size={16} />} />
          <NavLink component={RouterNavLink} to="/agendas" label={t("agendas.nav")} leftSection={<CalendarIcon size={16} />} />
          {user ? (
            <>
              <NavLink component={RouterNavLink} to="/account" label={t("nav.account")} leftSection={<UserIcon size={16} />} />
              <NavLink component={RouterNavLink} to="/registrations" label={t("registration.myBadges.title")} leftSection={<BadgeIcon size={16} />} />
              <NavLink component={RouterNavLink} to="/organizations/new" label={t("account.createOrganization")} leftSection={<BuildingIcon size={16} />} />
              {user.user.platformRole === "admin" ? (
                <>
                  <NavLink component={RouterNavLink} to="/admin/outbox" label={t("nav.outbox")} leftSection={<InboxIcon size={16} />} />
                  <NavLink component={RouterNavLink} to="/admin/trade/imports" label={t("trade.imports.nav")} leftSection={<UploadIcon size={16} />} />
                </>
              ) : null}
              <Divider my="sm" />
              <Text size="xs" c="dimmed" px="sm" truncate>
                {user.user.name} · {user.user.email}
              </Text>
              <NavLink
                component="button"
                label={t("nav.signOut")}
                leftSection={<LogoutIcon size={16} />}
                onClick={async () => {
                  await signOut.mutateAsync();
                  navigate("/");
                }}
              />
            </>
          ) : (
            <>
              <Divider my="sm" />
              <Button component={Link} to="/sign-in" variant="default" fullWidth>
                {t("nav.signIn")}
              </Button>
              <Button component={Link} to="/sign-up" fullWidth mt="xs">
                {t("nav.signUp")}
              </Button>
            </>
          )}
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main>
        <Box mih="calc(100dvh - 60px - 64px)">
          <Container size="lg" py="lg">
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </Container>
        </Box>
        <Box component="footer" py="lg" style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }} bg="gray.0">
          <Container size="lg">
            <Group justify="space-between" gap="xs">
              <Text size="sm" c="dimmed">
                {t("footer.tagline")}
              </Text>
              <Anchor href="/api/docs" size="sm" c="dimmed">
                {t("footer.api")}
              </Anchor>
            </Group>
          </Container>
        </Box>
        <ScrollRestoration />
      </AppShell.Main>
    </AppShell>
  );
}
