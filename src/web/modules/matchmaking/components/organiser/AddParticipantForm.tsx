import { Button, Group, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TParticipantCategory } from "../../../../../contracts/matchmaking";
import { ApiError } from "../../../../api/client";
import { errorMessage, FormError } from "../../../../ui/ErrorAlert";
import { useAddParticipant } from "../../hooks/matchmaking-admin";
import { participantCategoryOptions } from "./category-options";
import { OrganizationSearchSelect } from "./OrganizationSearchSelect";

/** Adds any organisation of the directory as a participant of any category, officials included. */
export function AddParticipantForm({ forumId, onDone }: { forumId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddParticipant(forumId);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [category, setCategory] = useState<TParticipantCategory>("buyer");
  const [missing, setMissing] = useState(false);
  const fieldErrors = add.error instanceof ApiError ? add.error.fieldErrors() : {};

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!organizationId) {
      setMissing(true);
      return;
    }
    add.mutate({ organizationId, category }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="add-participant-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("matchmakingAdmin.participants.addHint")}
        </Text>
        <OrganizationSearchSelect
          label={t("matchmakingAdmin.participants.organization")}
          value={organizationId}
          onChange={(id) => {
            setOrganizationId(id);
            setMissing(false);
          }}
          error={missing ? t("validation.required") : fieldErrors.organizationId}
        />
        <Select
          label={t("matchmakingAdmin.participants.category")}
          data={participantCategoryOptions(t)}
          value={category}
          onChange={(value) => value && setCategory(value as TParticipantCategory)}
          allowDeselect={false}
          required
          comboboxProps={{ withinPortal: true }}
          error={fieldErrors.category}
          data-testid="participant-add-category"
        />
        <FormError message={add.isError ? errorMessage(add.error, t) : undefined} testId="add-participant-error" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={add.isPending} data-testid="participant-add-submit">
            {t("matchmakingAdmin.participants.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
