import { Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { PageLoader } from "../../../ui/Loading";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useMe } from "../../account/session";
import { ForumForm } from "../components/ForumForm";

export function ForumCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("forums.form.createTitle"));
  const navigate = useNavigate();
  const me = useMe();
  if (!me.data) return <PageLoader />;
  return (
    <Stack gap="lg" maw={860} mx="auto">
      <div>
        <Title order={1}>{t("forums.form.createTitle")}</Title>
        <Text c="dimmed">{t("forums.form.createSubtitle")}</Text>
      </div>
      <ForumForm
        me={me.data}
        onSaved={(forum) => {
          notifications.show({ color: "brand", message: t("forums.form.created") });
          navigate(`/forums/${forum.id}`);
        }}
      />
    </Stack>
  );
}
