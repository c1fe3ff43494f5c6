import { CloseButton, Combobox, Group, InputBase, Loader, Text, useCombobox } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { THsEntry } from "../../../../contracts/reference";
import { useHsEntry, useHsSearch } from "../hooks/reference";
import { HsLevelBadge } from "./HsLevelBadge";

type Props = {
  label: string;
  value: string | null;
  onChange: (code: string | null, entry: THsEntry | null) => void;
  /** Restricts the choice, e.g. to chapters and headings for a search filter. */
  levels?: Array<2 | 4 | 6>;
  error?: React.ReactNode;
  required?: boolean;
  description?: string;
  placeholder?: string;
  clearable?: boolean;
  testId?: string;
};

const display = (entry: THsEntry | null | undefined) => (entry ? `${entry.code} — ${entry.description}` : "");

/**
 * Search-as-you-type over the HS 2022 nomenclature: digits match code prefixes, words match
 * descriptions. Shows the chosen code and its description, and the full description below,
 * because HS descriptions are long and the input cuts them off.
 */
export function HsPicker({ label, value, onChange, levels, error, required, description, placeholder, clearable = true, testId = "hs-picker" }: Props) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const chosen = useHsEntry(value);
  const [selected, setSelected] = useState<THsEntry | null>(null);
  const current = selected?.code === value ? selected : (chosen.data ?? null);
  const [search, setSearch] = useState("");
  const [typing, setTyping] = useState(false);

  // Keep the text in step with a value set from outside (a loaded product, a URL).
  useEffect(() => {
    if (!typing) setSearch(display(current));
  }, [current, typing]);

  const query = typing ? search : (current?.code ?? "");
  const [debounced] = useDebouncedValue(query, 200);
  const results = useHsSearch(debounced, levels, 20);
  const items = combobox.dropdownOpened ? (results.data ?? []) : [];

  const choose = (code: string) => {
    const entry = (results.data ?? []).find((item) => item.code === code) ?? null;
    setSelected(entry);
    setTyping(false);
    setSearch(display(entry));
    onChange(code, entry);
    combobox.closeDropdown();
  };

  const clear = () => {
    setSelected(null);
    setTyping(false);
    setSearch("");
    onChange(null, null);
  };

  const rightSection =
    results.isFetching && combobox.dropdownOpened ? (
      <Loader size="xs" />
    ) : clearable && value ? (
      <CloseButton size="sm" onMouseDown={(event) => event.preventDefault()} onClick={clear} aria-label={t("hs.clear")} />
    ) : (
      <Combobox.Chevron />
    );

  return (
    <div>
      <Combobox store={combobox} onOptionSubmit={choose} withinPortal>
        <Combobox.Target>
          <InputBase
            label={label}
            required={required}
            description={description}
            placeholder={placeholder ?? t("hs.placeholder")}
            value={search}
            error={error}
            data-testid={testId}
            autoComplete="off"
            rightSection={rightSection}
            rightSectionPointerEvents={clearable && value ? "all" : "none"}
            onChange={(event) => {
              setTyping(true);
              setSearch(event.currentTarget.value);
              combobox.openDropdown();
              combobox.updateSelectedOptionIndex();
            }}
            onClick={() => combobox.openDropdown()}
            onFocus={(event) => {
              event.currentTarget.select();
              combobox.openDropdown();
            }}
            onBlur={() => {
              combobox.closeDropdown();
              setTyping(false);
              setSearch(display(current));
            }}
          />
        </Combobox.Target>
        <Combobox.Dropdown>
          <Combobox.Options mah={340} style={{ overflowY: "auto" }} aria-label={label}>
            {items.map((entry) => (
              <Combobox.Option value={entry.code} key={entry.code} active={entry.code === value}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Text ff="monospace" fw={600} size="sm" miw={56}>
                    {entry.code}
                  </Text>
                  <Text size="sm" style={{ flex: 1 }} lineClamp={2}>
                    — {entry.description}
                  </Text>
                  <HsLevelBadge level={entry.level} />
                </Group>
              </Combobox.Option>
            ))}
            {combobox.dropdownOpened && results.isSuccess && items.length === 0 ? <Combobox.Empty>{t("hs.nothingFound")}</Combobox.Empty> : null}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      {current ? (
        <Group gap={6} mt={6} wrap="nowrap" align="flex-start" data-testid={`${testId}-value`}>
          <HsLevelBadge level={current.level} />
          <Text size="xs" c="dimmed">
            {current.code} — {current.description}
          </Text>
        </Group>
      ) : null}
    </div>
  );
}
