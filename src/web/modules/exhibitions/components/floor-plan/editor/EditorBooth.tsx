import type { KeyboardEvent, PointerEvent } from "react";
import { HIGHLIGHT_COLOR, SELECTED_COLOR } from "../plan-style";
import type { DraftBooth } from "./draft";
import type { Corner } from "./useEditorGestures";

type Props = {
  booth: DraftBooth;
  color: string;
  selected: boolean;
  problem: boolean;
  scale: number;
  label: string;
  onPointerDown: (event: PointerEvent, booth: DraftBooth) => void;
  onHandleDown: (event: PointerEvent, booth: DraftBooth, corner: Corner) => void;
  onKeyDown: (event: KeyboardEvent, booth: DraftBooth) => void;
};

const PROBLEM_COLOR = "#e03131";
const CORNERS: Corner[] = ["nw", "ne", "sw", "se"];

/** A booth in the editor: tinted by pavilion, red when it has a problem, with corner handles when selected. */
export function EditorBooth({ booth, color, selected, problem, scale, label, onPointerDown, onHandleDown, onKeyDown }: Props) {
  const { x, y, width, height, number } = booth;
  const size = Math.min(height * 0.28, (width * 0.85) / (Math.max(number.length, 1) * 0.6), 1.2);
  const handle = 12 / scale;
  const stroke = problem ? PROBLEM_COLOR : selected ? SELECTED_COLOR : color;
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; a group with the role is the accessible equivalent
    <g
      className="plan-booth"
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      data-testid={`editor-booth-${number}`}
      data-problem={problem || undefined}
      onPointerDown={(event) => onPointerDown(event, booth)}
      onKeyDown={(event) => onKeyDown(event, booth)}
      style={{ cursor: "move" }}
    >
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        fill={problem ? `${PROBLEM_COLOR}40` : `${color}33`}
        stroke={stroke}
        strokeWidth={selected || problem ? 3 : 1}
        vectorEffect="non-scaling-stroke"
      />
      <text
        x={x + width / 2}
        y={y + height / 2 + size * 0.35}
        fontSize={size}
        fontWeight={600}
        textAnchor="middle"
        fill={problem ? PROBLEM_COLOR : "#1c1c1c"}
        pointerEvents="none"
      >
        {number || "?"}
      </text>
      {selected
        ? CORNERS.map((corner) => (
            <rect
              key={corner}
              data-testid={`handle-${corner}`}
              x={(corner.includes("w") ? x : x + width) - handle / 2}
              y={(corner.includes("n") ? y : y + height) - handle / 2}
              width={handle}
              height={handle}
              fill="#ffffff"
              stroke={HIGHLIGHT_COLOR}
              strokeWidth={2}
              vectorEffect="non-scaling-stroke"
              style={{ cursor: corner === "nw" || corner === "se" ? "nwse-resize" : "nesw-resize" }}
              onPointerDown={(event) => onHandleDown(event, booth, corner)}
            />
          ))
        : null}
    </g>
  );
}
