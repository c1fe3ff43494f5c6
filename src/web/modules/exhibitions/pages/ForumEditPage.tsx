import { Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { PageLoader } from "../../../ui/Loading";
import { TitledPanel } from "../../../ui/TitledPanel";
import { useMe } from "../../account/session";
import { DeleteForum } from "../components/DeleteForum";
import { ForumForm } from "../components/ForumForm";
import { OrganisersOnly } from "../components/OrganisersOnly";
import { ProgrammeEditor } from "../components/ProgrammeEditor";
import { useForum, useForumId } from "../hooks/forum";

export function ForumEditPage() {
  const { t } = useTranslation();
  const id = useForumId();
  const forum = useForum(id);
  const me = useMe();
  if (!forum.data || !me.data) return <PageLoader />;
  if (!forum.data.access.manage) return <OrganisersOnly />;
  return (
    <Stack gap="xl" maw={860}>
      {/* Keyed by id: the form reads the forum once, when it opens. */}
      <ForumForm key={forum.data.id} me={me.data} forum={forum.data} onSaved={() => notifications.show({ color: "brand", message: t("common.saved") })} />
      <TitledPanel look="section" title={t("forums.programme.editorTitle")} description={t("forums.programme.editorHint")}>
        <ProgrammeEditor forum={forum.data} />
      </TitledPanel>
      <DeleteForum forum={forum.data} />
    </Stack>
  );
}
