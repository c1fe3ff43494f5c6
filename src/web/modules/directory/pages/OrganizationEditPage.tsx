import { Anchor, Group, Stack, Tabs, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { NotFoundPage } from "../../../app/NotFoundPage";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { ArrowLeftIcon } from "../../../ui/icons";
import { PageSkeleton } from "../../../ui/Loading";
import { organizationName } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { canManageOrganization, useMe } from "../../account/session";
import { MembersPanel } from "../components/MembersPanel";
import { OrganizationProfileForm } from "../components/OrganizationProfileForm";
import { useOrganization } from "../hooks/directory";

export function OrganizationEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const org = useOrganization(id);
  const name = org.data ? organizationName(org.data, language) : undefined;
  useDocumentTitle(name ? t("organizationForm.editTitle", { name }) : undefined);

  if (org.isPending) return <PageSkeleton />;
  if (org.isError) return <ErrorAlert error={org.error} />;
  if (!canManageOrganization(me.data, org.data.id)) return <NotFoundPage message={t("errors.notManager")} />;
  const tab = params.get("tab") === "members" ? "members" : "profile";

  return (
    <Stack gap="lg" maw={860} mx="auto">
      <div>
        <Anchor component={Link} to={`/organizations/${org.data.id}`} size="sm">
          <Group gap={4} component="span">
            <ArrowLeftIcon size={14} />
            {t("organizationForm.backToPage")}
          </Group>
        </Anchor>
        <Title order={1} mt={4}>
          {name}
        </Title>
      </div>
      <Tabs value={tab} onChange={(next) => setParams(next === "members" ? { tab: "members" } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="profile">{t("organizationForm.profileTab")}</Tabs.Tab>
          <Tabs.Tab value="members">{t("organizationForm.membersTab")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile">
          <OrganizationProfileForm
            key={org.data.id}
            organization={org.data}
            onSaved={(saved) => {
              notifications.show({ color: "brand", message: t("common.saved") });
              navigate(`/organizations/${saved.id}`);
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="members">
          <MembersPanel organizationId={org.data.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
