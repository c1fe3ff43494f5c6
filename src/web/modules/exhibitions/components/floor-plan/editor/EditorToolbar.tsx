import { Badge, Button, Group, SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { UploadIcon } from "../../../../../ui/icons";
import type { Tool } from "./useEditorGestures";

type Props = {
  tool: Tool;
  onTool: (tool: Tool) => void;
  canUndo: boolean;
  onUndo: () => void;
  onImport: () => void;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
};

const TOOLS: Tool[] = ["select", "booth", "obstacle", "entrance"];

/** Drawing tools on the left; undo, import and save on the right. */
export function EditorToolbar({ tool, onTool, canUndo, onUndo, onImport, dirty, saving, onSave }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" gap="xs" data-testid="editor-toolbar">
      <SegmentedControl
        value={tool}
        onChange={(value) => onTool(value as Tool)}
        data={TOOLS.map((value) => ({ value, label: t(`floorPlan.editor.tools.${value}`) }))}
        aria-label={t("floorPlan.editor.toolsLabel")}
        size="xs"
        data-testid="editor-tools"
      />
      <Group gap="xs">
        {dirty ? (
          <Badge color="yellow" variant="light" data-testid="unsaved-badge">
            {t("floorPlan.editor.unsaved")}
          </Badge>
        ) : null}
        <Button size="xs" variant="default" onClick={onUndo} disabled={!canUndo} data-testid="editor-undo">
          {t("floorPlan.editor.undo")}
        </Button>
        <Button size="xs" variant="default" leftSection={<UploadIcon size={14} />} onClick={onImport} data-testid="editor-import">
          {t("floorPlan.editor.import")}
        </Button>
        <Button size="xs" onClick={onSave} loading={saving} disabled={!dirty} data-testid="editor-save">
          {t("floorPlan.editor.save")}
        </Button>
      </Group>
    </Group>
  );
}
