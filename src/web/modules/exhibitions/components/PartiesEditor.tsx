import { ActionIcon, Button, Group, Paper, Select, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { TLanguage } from "../../../../contracts/common";
import { UI_LANGUAGES } from "../../../i18n/languages";
import { PlusIcon, TrashIcon } from "../../../ui/icons";
import { MultiLanguageInput } from "../../../ui/MultiLanguageInput";
import { emptyParty, type ForumFormValues, PARTY_ROLES, type PartyRole } from "./forum-form-values";

const MAX_PARTIES = 20;

/** Who organises, backs, partners and sponsors the forum: a role and a name in up to four languages each. */
export function PartiesEditor({ form }: { form: UseFormReturnType<ForumFormValues> }) {
  const { t } = useTranslation();
  const parties = form.values.parties;
  return (
    <Stack gap="sm" data-testid="parties-editor">
      {parties.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("forums.form.noParties")}
        </Text>
      ) : null}
      {parties.map((party, index) => {
        const path = `parties.${index}`;
        const languageErrors: Partial<Record<TLanguage, React.ReactNode>> = {};
        for (const language of UI_LANGUAGES) {
          const error = form.errors[`${path}.name.${language}`];
          if (error) languageErrors[language] = error;
        }
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows hold no state of their own; the form's values are the state
          <Paper key={index} withBorder p="sm" radius="md" data-testid="party">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-end" wrap="nowrap">
                <Select
                  label={t("forums.form.partyRole")}
                  data={PARTY_ROLES.map((role) => ({ value: role, label: t(`forums.roles.${role}`) }))}
                  value={party.role}
                  onChange={(role) => role && form.setFieldValue(`${path}.role`, role as PartyRole)}
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: true }}
                  error={form.errors[`${path}.role`]}
                  style={{ flex: 1, maxWidth: 260 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  onClick={() => form.removeListItem("parties", index)}
                  aria-label={t("forums.form.removeParty", { number: index + 1 })}
                >
                  <TrashIcon size={16} />
                </ActionIcon>
              </Group>
              <MultiLanguageInput
                label={t("forums.form.partyName")}
                value={party.name}
                onChange={(language, text) => {
                  form.setFieldValue(`${path}.name.${language}`, text);
                  form.clearFieldError(`${path}.name`);
                }}
                error={form.errors[`${path}.name`]}
                languageErrors={languageErrors}
                maxLength={200}
                required
              />
            </Stack>
          </Paper>
        );
      })}
      <div>
        <Button
          variant="light"
          size="xs"
          leftSection={<PlusIcon size={14} />}
          onClick={() => form.insertListItem("parties", emptyParty())}
          disabled={parties.length >= MAX_PARTIES}
          // The label is long; on a phone it wraps instead of running out of the panel.
          h="auto"
          mih={30}
          py={6}
          styles={{ label: { whiteSpace: "normal", textAlign: "start" } }}
        >
          {t("forums.form.addParty")}
        </Button>
      </div>
    </Stack>
  );
}
