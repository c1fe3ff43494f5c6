import { Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { TForum } from "../../../../contracts/exhibitions";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { errorMessage, FormError } from "../../../ui/ErrorAlert";
import { TrashIcon } from "../../../ui/icons";
import { TitledPanel } from "../../../ui/TitledPanel";
import { useDeleteForum } from "../hooks/forums";

/** Deleting is for drafts only: a published forum has visitors and exhibitors relying on it. */
export function DeleteForum({ forum }: { forum: TForum }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteForum(forum.id);
  return (
    <TitledPanel look="section" title={t("forums.delete.title")}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm" c="dimmed">
          {forum.status === "draft" ? t("forums.delete.hint") : t("forums.delete.publishedHint")}
        </Text>
        <ConfirmButton
          question={t("forums.delete.confirm")}
          confirmLabel={t("forums.delete.action")}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () => {
                notifications.show({ color: "brand", message: t("forums.delete.done") });
                navigate("/forums");
              },
            })
          }
          color="red"
          variant="light"
          leftSection={<TrashIcon size={16} />}
          disabled={forum.status !== "draft"}
          loading={remove.isPending}
        >
          {t("forums.delete.action")}
        </ConfirmButton>
        <FormError message={remove.isError ? errorMessage(remove.error, t) : undefined} />
      </Stack>
    </TitledPanel>
  );
}
