import { Box } from "@mantine/core";
import { type KeyboardEvent, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { TPavilion } from "../../../../../../contracts/exhibitions";
import "../floor-plan.css";
import { EntranceMarkers } from "../PlanMarkers";
import { NO_PAVILION_COLOR } from "../plan-style";
import { usePanZoom } from "../usePanZoom";
import { viewBoxAttribute } from "../view-box";
import { ZoomControls } from "../ZoomControls";
import { type Draft, type DraftBooth, SNAP } from "./draft";
import { EditorBooth } from "./EditorBooth";
import { type Tool, useEditorGestures } from "./useEditorGestures";

type Props = {
  hallId: string;
  draft: Draft;
  pavilions: TPavilion[];
  tool: Tool;
  selectedKey: string | null;
  /** Booths named by a problem, drawn in red. */
  problemKeys: Set<string>;
  onEdit: (draft: Draft) => void;
  onSelect: (key: string | null) => void;
  height: number | string;
};

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-SNAP, 0], ArrowRight: [SNAP, 0], ArrowUp: [0, -SNAP], ArrowDown: [0, SNAP] };

/** The drawing board: the hall on a one-metre grid, booths to draw, move and resize, entrances to place. */
export function EditorCanvas({ hallId, draft, pavilions, tool, selectedKey, problemKeys, onEdit, onSelect, height }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const hallSize = useMemo(() => ({ width: draft.width, height: draft.height }), [draft.width, draft.height]);
  const zoom = usePanZoom(container, { hallKey: `${hallId}:${draft.width}x${draft.height}`, hall: hallSize });
  const gestures = useEditorGestures({ svg, draft, tool, onEdit, onSelect });
  const colors = useMemo(() => new Map(pavilions.map((p) => [p.id, p.color])), [pavilions]);

  const onBoothKey = (event: KeyboardEvent, booth: DraftBooth) => {
    if (event.key === "Enter" || event.key === " ") onSelect(booth.key);
    else if (event.key === "Delete" || event.key === "Backspace") {
      onEdit({ ...draft, booths: draft.booths.filter((b) => b.key !== booth.key) });
      onSelect(null);
    } else if (ARROWS[event.key]) {
      const [dx, dy] = ARROWS[event.key];
      const x = Math.min(Math.max(0, booth.x + dx), draft.width - booth.width);
      const y = Math.min(Math.max(0, booth.y + dy), draft.height - booth.height);
      onEdit({ ...draft, booths: draft.booths.map((b) => (b.key === booth.key ? { ...b, x, y } : b)) });
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const preview = gestures.preview;
  const shown = preview?.kind === "booth" ? draft.booths.map((b) => (b.key === preview.booth.key ? preview.booth : b)) : draft.booths;
  const drawing = tool !== "select";

  return (
    <Box
      ref={container}
      pos="relative"
      h={height}
      tabIndex={0}
      role="group"
      aria-label={t("floorPlan.editor.canvas")}
      data-testid="plan-editor-canvas"
      data-tool={tool}
      style={{
        overflow: "hidden",
        touchAction: "none",
        userSelect: "none",
        border: "1px solid var(--mantine-color-gray-4)",
        borderRadius: 8,
        background: "var(--mantine-color-gray-1)",
        cursor: drawing ? "crosshair" : "grab",
      }}
      {...zoom.handlers}
    >
      <svg
        ref={svg}
        width="100%"
        height="100%"
        viewBox={viewBoxAttribute(zoom.view, zoom.viewport)}
        style={{ display: "block" }}
        fontFamily="system-ui, sans-serif"
      >
        <title>{t("floorPlan.editor.canvas")}</title>
        <defs>
          <pattern id="editor-grid" patternUnits="userSpaceOnUse" width={1} height={1}>
            <path d="M 1 0 L 0 0 0 1" fill="none" stroke="#dee2e6" strokeWidth={0.5} vectorEffect="non-scaling-stroke" />
          </pattern>
        </defs>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: drawing on the floor is a pointer gesture; booths and keys cover keyboard use */}
        <rect
          x={0}
          y={0}
          width={draft.width}
          height={draft.height}
          fill="url(#editor-grid)"
          stroke="#343a40"
          strokeWidth={2}
          vectorEffect="non-scaling-stroke"
          onPointerDown={gestures.onFloorDown}
          onClick={() => tool === "select" && onSelect(null)}
          data-testid="editor-floor"
        />
        {draft.obstacles.map((o) => (
          <rect
            key={`${o.x},${o.y},${o.width},${o.height}`}
            x={o.x}
            y={o.y}
            width={o.width}
            height={o.height}
            fill="#adb5bd"
            stroke="#495057"
            strokeWidth={1}
            vectorEffect="non-scaling-stroke"
            pointerEvents="none"
          />
        ))}
        {shown.map((booth) => (
          <EditorBooth
            key={booth.key}
            booth={booth}
            color={(booth.pavilionId && colors.get(booth.pavilionId)) || NO_PAVILION_COLOR}
            selected={booth.key === selectedKey}
            problem={problemKeys.has(booth.key)}
            scale={zoom.view.scale}
            label={t("floorPlan.editor.boothLabel", { number: booth.number || "?" })}
            onPointerDown={gestures.onBoothDown}
            onHandleDown={gestures.onHandleDown}
            onKeyDown={onBoothKey}
          />
        ))}
        {preview?.kind === "new" ? (
          <rect
            {...preview.rect}
            fill={preview.tool === "booth" ? "#f7670733" : "#adb5bd"}
            stroke="#f76707"
            strokeDasharray="6 4"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
            pointerEvents="none"
          />
        ) : null}
        <EntranceMarkers
          entrances={draft.entrances}
          scale={zoom.view.scale}
          label={(index) => t("floorPlan.viewer.entrance", { number: index + 1 })}
          onPointerDown={gestures.onEntranceDown}
        />
      </svg>
      <ZoomControls onZoomIn={zoom.zoomIn} onZoomOut={zoom.zoomOut} onFit={zoom.fitHall} />
    </Box>
  );
}
