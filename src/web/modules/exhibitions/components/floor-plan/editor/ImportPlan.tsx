import { Alert, Button, FileButton, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TPavilion } from "../../../../../../contracts/exhibitions";
import { type PlanProblem, parsePlanJson, parsePlanSvg } from "../../../../../../engines/floor-plan";
import { UploadIcon } from "../../../../../ui/icons";
import { FloorPlanView } from "../FloorPlanView";
import { type Draft, draftOfImport } from "./draft";
import { ProblemList } from "./ProblemList";
import { previewPlan } from "./preview-plan";

type Props = { opened: boolean; onClose: () => void; pavilions: TPavilion[]; onApply: (draft: Draft) => void };
type Read = { fileName: string; problems: PlanProblem[]; draft: Draft | null; unknownPavilions: string[] };

async function readPlanFile(file: File, pavilions: TPavilion[]): Promise<Read> {
  const text = await file.text();
  const svg = /\.svg$/i.test(file.name) || file.type === "image/svg+xml" || text.trimStart().startsWith("<");
  const result = svg ? parsePlanSvg(text) : parsePlanJson(text);
  if (!result.plan) return { fileName: file.name, problems: result.problems, draft: null, unknownPavilions: [] };
  const { draft, unknownPavilions } = draftOfImport(result.plan, pavilions);
  return { fileName: file.name, problems: [], draft, unknownPavilions };
}

/**
 * A hall from a file (JSON of rectangles, or an SVG drawing), read here in the browser. Nothing
 * changes until the plan has no problems and the organiser has looked at it and applied it; even
 * then it is only the editor's copy, saved with the rest.
 */
export function ImportPlan({ opened, onClose, pavilions, onApply }: Props) {
  const { t } = useTranslation();
  const [read, setRead] = useState<Read | null>(null);
  const [reading, setReading] = useState(false);
  const close = () => {
    setRead(null);
    onClose();
  };

  const pick = async (file: File | null) => {
    if (!file) return;
    setReading(true);
    try {
      setRead(await readPlanFile(file, pavilions));
    } finally {
      setReading(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t("floorPlan.import.title")} size="xl" fullScreen={false}>
      <Stack gap="md" data-testid="plan-import">
        <Text size="sm" c="dimmed">
          {t("floorPlan.import.help")}
        </Text>
        <FileButton onChange={pick} accept=".json,.svg,application/json,image/svg+xml">
          {(props) => (
            <Button
              {...props}
              variant="light"
              leftSection={<UploadIcon size={16} />}
              loading={reading}
              style={{ alignSelf: "flex-start" }}
              data-testid="plan-import-choose"
            >
              {read ? t("floorPlan.import.another") : t("floorPlan.import.choose")}
            </Button>
          )}
        </FileButton>
        {read && read.problems.length > 0 ? (
          <ProblemList
            title={t("floorPlan.import.problems", { file: read.fileName, count: read.problems.length })}
            problems={read.problems}
            testId="import-problems"
          />
        ) : null}
        {read?.draft ? (
          <>
            <Alert color="green" variant="light" data-testid="import-ready">
              {t("floorPlan.import.ready", { file: read.fileName, booths: read.draft.booths.length, width: read.draft.width, height: read.draft.height })}
            </Alert>
            {read.unknownPavilions.length ? (
              <Alert color="yellow" variant="light">
                {t("floorPlan.import.unknownPavilions", { names: read.unknownPavilions.join(", ") })}
              </Alert>
            ) : null}
            <FloorPlanView plan={previewPlan(read.draft, pavilions, { en: read.fileName })} height={360} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t("common.cancel")}
              </Button>
              <Button
                onClick={() => {
                  if (read.draft) onApply(read.draft);
                  close();
                }}
                data-testid="plan-import-apply"
              >
                {t("floorPlan.import.apply")}
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Modal>
  );
}
