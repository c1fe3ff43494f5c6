import { Button, Menu, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { TMe } from "../../contracts/directory";
import { useSignOut } from "../modules/account/session";
import { BadgeIcon, BuildingIcon, InboxIcon, LogoutIcon, UploadIcon, UserIcon } from "../ui/icons";

export function UserMenu({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();

  const leave = async () => {
    await signOut.mutateAsync();
    navigate("/");
  };

  return (
    <Menu position="bottom-end" shadow="md" width={240}>
      <Menu.Target>
        <Button variant="subtle" color="dark" leftSection={<UserIcon size={16} />} data-testid="user-menu" maw={220}>
          <Text truncate size="sm" fw={500}>
            {me.user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user.email}</Menu.Label>
        <Menu.Item component={Link} to="/account" leftSection={<UserIcon size={16} />}>
          {t("nav.account")}
        </Menu.Item>
        <Menu.Item component={Link} to="/registrations" leftSection={<BadgeIcon size={16} />}>
          {t("registration.myBadges.title")}
        </Menu.Item>
        <Menu.Item component={Link} to="/organizations/new" leftSection={<BuildingIcon size={16} />}>
          {t("account.createOrganization")}
        </Menu.Item>
        {me.user.platformRole === "admin" ? (
          <>
            <Menu.Item component={Link} to="/admin/outbox" leftSection={<InboxIcon size={16} />}>
              {t("nav.outbox")}
            </Menu.Item>
            <Menu.Item component={Link} to="/admin/trade/imports" leftSection={<UploadIcon size={16} />}>
              {t("trade.imports.nav")}
            </Menu.Item>
          </>
        ) : null}
        <Menu.Divider />
        <Menu.Item onClick={leave} leftSection={<LogoutIcon size={16} />} disabled={signOut.isPending}>
          {t("nav.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
