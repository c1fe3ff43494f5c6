import { Button, Group, NumberInput, Select, Stack, TextInput, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { BOOTH_TYPES, type TPavilion } from "../../../../../../contracts/exhibitions";
import { PREFERRED_CURRENCIES } from "../../../../../ui/format";
import { TrashIcon } from "../../../../../ui/icons";
import { pickLocalized } from "../../../../../ui/localized";
import { useLanguage } from "../../../../../ui/useLanguage";
import type { DraftBooth } from "./draft";

type Props = {
  booth: DraftBooth;
  pavilions: TPavilion[];
  /** Server or local errors of this booth's fields, keyed by field name ("price", "number"). */
  errors: Record<string, string>;
  onChange: (booth: DraftBooth) => void;
  onDelete: () => void;
};

const AUTO = "auto";
const asNumber = (value: string | number) => (typeof value === "number" && Number.isFinite(value) ? value : null);

/** The selected booth's number, price, kind, pavilion and exact size. */
export function BoothForm({ booth, pavilions, errors, onChange, onDelete }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  // The number is committed when the field is left, so typing "A-12" is one undo step, not four.
  const [number, setNumber] = useState(booth.number);
  useEffect(() => setNumber(booth.number), [booth.number]);
  const commitNumber = () => number.trim() !== booth.number && onChange({ ...booth, number: number.trim() });
  const metres = ` ${t("floorPlan.editor.metres")}`;
  const set = (patch: Partial<DraftBooth>) => onChange({ ...booth, ...patch });

  return (
    <Stack gap="sm" data-testid="booth-form">
      <Title order={3} size="h5">
        {t("floorPlan.booth.title", { number: booth.number || "?" })}
      </Title>
      <TextInput
        label={t("floorPlan.editor.number")}
        value={number}
        onChange={(event) => setNumber(event.currentTarget.value)}
        onBlur={commitNumber}
        onKeyDown={(event) => event.key === "Enter" && commitNumber()}
        error={errors.number}
        maxLength={20}
        required
        data-testid="booth-number"
      />
      <Group grow gap="xs" align="flex-start">
        <NumberInput
          label={t("floorPlan.editor.width")}
          value={booth.width}
          min={0.5}
          step={0.5}
          decimalScale={2}
          suffix={metres}
          onChange={(v) => asNumber(v) && set({ width: asNumber(v) as number })}
          error={errors.width}
        />
        <NumberInput
          label={t("floorPlan.editor.height")}
          value={booth.height}
          min={0.5}
          step={0.5}
          decimalScale={2}
          suffix={metres}
          onChange={(v) => asNumber(v) && set({ height: asNumber(v) as number })}
          error={errors.height}
        />
      </Group>
      <Group grow gap="xs" align="flex-start">
        <NumberInput
          label={t("floorPlan.booth.price")}
          value={booth.price ?? ""}
          min={0}
          thousandSeparator=" "
          onChange={(v) => set({ price: asNumber(v), currency: booth.currency ?? "USD" })}
          error={errors.price}
          data-testid="booth-price-input"
        />
        <Select
          label={t("floorPlan.editor.currency")}
          data={PREFERRED_CURRENCIES}
          value={booth.currency ?? "USD"}
          onChange={(v) => set({ currency: v })}
          allowDeselect={false}
          error={errors.currency}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      <Select
        label={t("floorPlan.booth.type")}
        data={[{ value: AUTO, label: t("floorPlan.editor.typeAuto") }, ...BOOTH_TYPES.map((type) => ({ value: type, label: t(`floorPlan.types.${type}`) }))]}
        value={booth.type ?? AUTO}
        onChange={(v) => set({ type: !v || v === AUTO ? null : (v as DraftBooth["type"]) })}
        allowDeselect={false}
        error={errors.type}
      />
      <Select
        label={t("floorPlan.editor.pavilion")}
        data={pavilions.map((p) => ({ value: p.id, label: pickLocalized(p.name, language) }))}
        value={booth.pavilionId}
        onChange={(v) => set({ pavilionId: v })}
        placeholder={t("floorPlan.viewer.noPavilion")}
        clearable
        error={errors.pavilionId}
        data-testid="booth-pavilion"
      />
      <Button variant="light" color="red" leftSection={<TrashIcon size={16} />} onClick={onDelete} data-testid="booth-delete">
        {t("floorPlan.editor.deleteBooth")}
      </Button>
    </Stack>
  );
}
