import { Stack, Tabs } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import type { TOrganization } from "../../../../contracts/directory";
import { organizationName } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { canManageOrganization, useMe } from "../../account/session";
import { EditAccess } from "../components/EditAccess";
import { EditHeading } from "../components/EditHeading";
import { MembersPanel } from "../components/MembersPanel";
import { OrganizationProfileForm } from "../components/OrganizationProfileForm";
import { useOrganization } from "../hooks/directory";

export function OrganizationEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const org = useOrganization(id);
  const name = org.data ? organizationName(org.data, language) : undefined;
  useDocumentTitle(name ? t("organizationForm.editTitle", { name }) : undefined);

  return (
    <EditAccess query={org} allowed={(o) => canManageOrganization(me.data, o.id)} deniedMessage={t("errors.notManager")}>
      {(o) => <OrganizationEditor organization={o} name={organizationName(o, language)} />}
    </EditAccess>
  );
}

/** The profile and members tabs; the open tab is in the address so a reload keeps it. */
function OrganizationEditor({ organization, name }: { organization: TOrganization; name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") === "members" ? "members" : "profile";

  return (
    <Stack gap="lg" maw={860} mx="auto">
      <EditHeading title={name} backTo={`/organizations/${organization.id}`} backLabel={t("organizationForm.backToPage")} />
      <Tabs value={tab} onChange={(next) => setParams(next === "members" ? { tab: "members" } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="profile">{t("organizationForm.profileTab")}</Tabs.Tab>
          <Tabs.Tab value="members">{t("organizationForm.membersTab")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile">
          <OrganizationProfileForm
            key={organization.id}
            organization={organization}
            onSaved={(saved) => {
              notifications.show({ color: "brand", message: t("common.saved") });
              navigate(`/organizations/${saved.id}`);
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="members">
          <MembersPanel organizationId={organization.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
