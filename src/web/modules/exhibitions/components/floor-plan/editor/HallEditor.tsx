import { Grid, Paper, Stack } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFloorPlan, THall } from "../../../../../../contracts/exhibitions";
import { type PlanProblem, validateHallPlan } from "../../../../../../engines/floor-plan";
import { ErrorAlert, errorMessage } from "../../../../../ui/ErrorAlert";
import { useDeleteHall, useHallDraft, useRenameHall, useSaveHallPlan } from "../../../hooks/floor-plan-editor";
import { BoothForm } from "./BoothForm";
import { draftOfHall, hallPlanInput, planOfDraft } from "./draft";
import { EditorCanvas } from "./EditorCanvas";
import { EditorToolbar } from "./EditorToolbar";
import { HallSettings } from "./HallSettings";
import { ImportPlan } from "./ImportPlan";
import { ProblemList } from "./ProblemList";
import { boothFieldErrors, hallFieldErrors, problemBoothKeys, serverProblems } from "./plan-problems";
import type { Tool } from "./useEditorGestures";

type Props = { forumId: string; plan: TFloorPlan; hall: THall; phone: boolean; onDirtyChange: (dirty: boolean) => void; onDeleted: () => void };

/** One hall on the drawing board, with its checks, and the booth or hall form beside it. */
export function HallEditor({ forumId, plan, hall, phone, onDirtyChange, onDeleted }: Props) {
  const { t } = useTranslation();
  const history = useHallDraft();
  const { draft, dirty, load } = history;
  const [tool, setTool] = useState<Tool>("select");
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [refused, setRefused] = useState<PlanProblem[]>([]);
  const save = useSaveHallPlan(forumId);
  const rename = useRenameHall(forumId);
  const remove = useDeleteHall(forumId);

  // A saved or refetched hall replaces the draft only when nothing is being edited: a refetch on
  // returning to the tab must never wipe someone's unsaved drawing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload on new hall data, judged by the dirty flag of that moment
  useEffect(() => {
    if (!dirty || !draft) load(draftOfHall(hall));
  }, [hall]);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const local = useMemo(() => (draft ? validateHallPlan(planOfDraft(draft)) : []), [draft]);
  const problems = refused.length ? [...local, ...refused] : local;
  const redKeys = useMemo(() => (draft ? problemBoothKeys(problems, draft.booths) : new Set<string>()), [problems, draft]);
  if (!draft) return null;

  const selectedIndex = draft.booths.findIndex((b) => b.key === selectedKey);
  const selected = selectedIndex >= 0 ? draft.booths[selectedIndex] : null;

  const onSave = async () => {
    setRefused([]);
    if (local.length) return;
    try {
      const saved = await save.mutateAsync({ id: hall.id, plan: hallPlanInput(draft) });
      load(draftOfHall(saved));
      // Saved booths come back with the server's ids, so the old selection would point at nothing.
      setSelectedKey(null);
    } catch (error) {
      const found = serverProblems(error);
      setRefused(found.length ? found : [{ path: "", message: errorMessage(error, t) }]);
    }
  };

  const pick = (problem: PlanProblem) => {
    const key = [...problemBoothKeys([problem], draft.booths)][0];
    if (key) setSelectedKey(key);
  };

  return (
    <Stack gap="sm">
      <EditorToolbar
        tool={tool}
        onTool={setTool}
        canUndo={history.canUndo}
        onUndo={history.undo}
        onImport={() => setImporting(true)}
        dirty={dirty}
        saving={save.isPending}
        onSave={onSave}
      />
      <ProblemList title={t("floorPlan.editor.localProblems", { count: local.length })} problems={local} testId="local-problems" onPick={pick} color="orange" />
      <ProblemList title={t("floorPlan.editor.serverProblems")} problems={refused} testId="server-problems" onPick={pick} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <EditorCanvas
            hallId={hall.id}
            draft={draft}
            pavilions={plan.pavilions}
            tool={tool}
            selectedKey={selectedKey}
            problemKeys={redKeys}
            onEdit={history.edit}
            onSelect={setSelectedKey}
            height={phone ? "60vh" : "min(70vh, 720px)"}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" radius="md">
            {selected ? (
              <BoothForm
                key={selected.key}
                booth={selected}
                pavilions={plan.pavilions}
                errors={boothFieldErrors(problems, selectedIndex)}
                onChange={(booth) => history.edit({ ...draft, booths: draft.booths.map((b) => (b.key === booth.key ? booth : b)) })}
                onDelete={() => {
                  history.edit({ ...draft, booths: draft.booths.filter((b) => b.key !== selected.key) });
                  setSelectedKey(null);
                }}
              />
            ) : (
              <HallSettings
                hall={hall}
                draft={draft}
                errors={hallFieldErrors(problems)}
                onEdit={history.edit}
                onRename={(name) => rename.mutateAsync({ id: hall.id, name })}
                renaming={rename.isPending}
                renameError={rename.isError ? errorMessage(rename.error, t) : undefined}
                onDelete={() => remove.mutate(hall.id, { onSuccess: onDeleted })}
              />
            )}
            {remove.isError ? <ErrorAlert error={remove.error} /> : null}
          </Paper>
        </Grid.Col>
      </Grid>
      <ImportPlan
        opened={importing}
        onClose={() => setImporting(false)}
        pavilions={plan.pavilions}
        onApply={(next) => {
          history.edit(next);
          setSelectedKey(null);
          setRefused([]);
        }}
      />
    </Stack>
  );
}
