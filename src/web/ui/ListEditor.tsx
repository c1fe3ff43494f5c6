import { ActionIcon, Button, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { PlusIcon, TrashIcon } from "./icons";

type Props = {
  count: number;
  /** No "add" once the list holds this many rows; the server refuses more. */
  max: number;
  /** The inputs of row `index`; its remove button follows them. */
  row: (index: number) => ReactNode;
  onAdd: () => void;
  onRemove: (index: number) => void;
  addLabel: string;
  /** The remove button's accessible name; it names the row's number so screen readers tell rows apart. */
  removeLabel: (number: number) => string;
  /** Shown while the list is empty. */
  emptyText?: string;
  testId?: string;
};

/** A list of form rows that people add and remove freely. */
export function ListEditor({ count, max, row, onAdd, onRemove, addLabel, removeLabel, emptyText, testId }: Props) {
  return (
    <Stack gap="sm" data-testid={testId}>
      {count === 0 && emptyText ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : null}
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows hold no state of their own; the form's values are the state
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          {row(index)}
          <ActionIcon variant="subtle" color="red" mt={28} onClick={() => onRemove(index)} aria-label={removeLabel(index + 1)}>
            <TrashIcon size={16} />
          </ActionIcon>
        </Group>
      ))}
      <div>
        <Button variant="light" size="xs" leftSection={<PlusIcon size={14} />} onClick={onAdd} disabled={count >= max}>
          {addLabel}
        </Button>
      </div>
    </Stack>
  );
}
