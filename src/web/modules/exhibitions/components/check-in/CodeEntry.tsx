import { Button, Group, TextInput } from "@mantine/core";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { readScanText } from "../../offline/verdict";

type Props = { onSubmit: (text: string) => Promise<unknown>; disabled: boolean };

/**
 * For badges whose QR code will not read: the printed code, typed in any case, with or without
 * the dash, on a Latin or Cyrillic keyboard. A handheld scanner that types what it reads (a whole
 * token and Enter) works here too.
 */
export function CodeEntry({ onSubmit, disabled }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (readScanText(value).kind === "unreadable") {
      setError(t("checkIn.code.invalid"));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(value);
      setValue("");
      setError(null);
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="code-entry">
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          ref={input}
          label={t("checkIn.code.label")}
          placeholder="XXXXX-XXXXX"
          value={value}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            setError(null);
          }}
          error={error}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          size="md"
          style={{ flex: 1 }}
          styles={{ input: { fontFamily: "ui-monospace, monospace", letterSpacing: "0.08em" } }}
          data-testid="code-input"
          disabled={disabled}
        />
        <Button type="submit" size="md" mt={27} loading={busy} disabled={disabled} data-testid="code-submit">
          {t("checkIn.code.submit")}
        </Button>
      </Group>
    </form>
  );
}
