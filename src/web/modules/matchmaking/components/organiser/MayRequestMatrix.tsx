import { Box, Checkbox, Group, Stack, Table, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { TParticipantCategory } from "../../../../../contracts/matchmaking";
import { CATEGORIES, type SettingsFormValues } from "./settings-values";

/**
 * Who may ask whom for a meeting: each row a category asking, each column a category asked. A phone
 * has no room for six columns, so there each asking category lists its checkboxes under its name.
 */
export function MayRequestMatrix({ form }: { form: UseFormReturnType<SettingsFormValues> }) {
  const { t } = useTranslation();
  const name = (category: TParticipantCategory) => t(`matchmaking.categories.${category}`);
  const toggle = (from: TParticipantCategory, to: TParticipantCategory, checked: boolean) => {
    const current = form.values.mayRequest[from];
    form.setFieldValue(`mayRequest.${from}`, checked ? [...current, to] : current.filter((c) => c !== to));
    form.clearFieldError(`mayRequest.${from}`);
  };
  const rowErrors = CATEGORIES.map((from) => form.errors[`mayRequest.${from}`]).filter(Boolean);
  const wide = useMediaQuery("(min-width: 48em)", true);
  const box = (from: TParticipantCategory, to: TParticipantCategory, label?: string) => (
    <Checkbox
      label={label}
      checked={form.values.mayRequest[from].includes(to)}
      onChange={(event) => toggle(from, to, event.currentTarget.checked)}
      aria-label={label ? undefined : t("matchmakingAdmin.settings.mayRequestCell", { from: name(from), to: name(to) })}
      data-testid={`may-request-${from}-${to}`}
    />
  );

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t("matchmakingAdmin.settings.mayRequestHint")}
      </Text>
      {wide ? (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder withColumnBorders verticalSpacing={6} data-testid="may-request-matrix">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("matchmakingAdmin.settings.asking")}</Table.Th>
                {CATEGORIES.map((to) => (
                  <Table.Th key={to} ta="center" fz="xs">
                    {name(to)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {CATEGORIES.map((from) => (
                <Table.Tr key={from} bg={form.errors[`mayRequest.${from}`] ? "var(--mantine-color-red-0)" : undefined}>
                  <Table.Th scope="row" fz="sm">
                    {name(from)}
                  </Table.Th>
                  {CATEGORIES.map((to) => (
                    <Table.Td key={to}>
                      <Group justify="center">{box(from, to)}</Group>
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Stack gap="sm" data-testid="may-request-matrix">
          {CATEGORIES.map((from) => (
            <Box key={from} component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
              <Text component="legend" size="sm" fw={600} mb={4} p={0} c={form.errors[`mayRequest.${from}`] ? "red" : undefined}>
                {t("matchmakingAdmin.settings.mayAskRow", { from: name(from) })}
              </Text>
              <Group gap="sm">
                {CATEGORIES.map((to) => (
                  <span key={to}>{box(from, to, name(to))}</span>
                ))}
              </Group>
            </Box>
          ))}
        </Stack>
      )}
      {rowErrors.map((error, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: messages in a fixed category order
        <Text key={index} c="red" size="sm" role="alert">
          {error}
        </Text>
      ))}
    </Stack>
  );
}
