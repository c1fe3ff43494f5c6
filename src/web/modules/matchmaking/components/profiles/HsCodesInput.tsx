import { ActionIcon, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { TrashIcon } from "../../../../ui/icons";
import { HsLevelBadge } from "../../../directory/components/HsLevelBadge";
import { HsPicker } from "../../../directory/components/HsPicker";
import { useHsEntry } from "../../../directory/hooks/reference";

type Props = {
  label: string;
  description?: string;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: React.ReactNode;
  max: number;
  required?: boolean;
};

/** Several HS codes: search and pick one at a time, each listed with its description. */
export function HsCodesInput({ label, description, value, onChange, error, max, required }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="profile-hs-codes">
      <HsPicker
        label={label}
        description={description}
        required={required}
        value={null}
        onChange={(code) => {
          if (code && !value.includes(code) && value.length < max) onChange([...value, code]);
        }}
        error={error}
        placeholder={value.length >= max ? t("matchmaking.profileForm.hsFull", { max }) : undefined}
        testId="profile-hs-picker"
      />
      {value.map((code) => (
        <HsCodeRow key={code} code={code} onRemove={() => onChange(value.filter((c) => c !== code))} />
      ))}
    </Stack>
  );
}

function HsCodeRow({ code, onRemove }: { code: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const entry = useHsEntry(code);
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="profile-hs-code" data-code={code}>
      <Text ff="monospace" fw={600} size="sm" miw={56}>
        {code}
      </Text>
      <Text size="sm" c="dimmed" style={{ flex: 1 }} lineClamp={2}>
        {entry.data?.description ?? ""}
      </Text>
      {entry.data ? <HsLevelBadge level={entry.data.level} /> : null}
      <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={t("matchmaking.profileForm.removeHs", { code })}>
        <TrashIcon size={16} />
      </ActionIcon>
    </Group>
  );
}
