import { type KeyboardEvent, memo } from "react";
import type { TBooth } from "../../../../../contracts/exhibitions";
import { HIGHLIGHT_COLOR, hatchId, SELECTED_COLOR, textOn } from "./plan-style";
import type { BoothEmphasis } from "./types";

type Props = {
  booth: TBooth;
  color: string;
  label: string;
  /** The exhibitor's name to write inside when there is room; sold booths only. */
  exhibitorName: string;
  selected: boolean;
  emphasis: BoothEmphasis;
  onActivate?: (booth: TBooth) => void;
};

/** Roughly how wide a glyph is for its font size, to decide what fits. */
const GLYPH = 0.6;

/** One booth: free ones lightly tinted and outlined, reserved striped, sold filled in the pavilion colour. */
export const BoothShape = memo(function BoothShape({ booth, color, label, exhibitorName, selected, emphasis, onActivate }: Props) {
  const { x, y, width, height, number, status } = booth;
  const fill = status === "sold" ? color : status === "reserved" ? `url(#${hatchId(color)})` : `${color}26`;
  const ink = status === "sold" ? textOn(color) : "#1c1c1c";
  const numberSize = Math.min(height * 0.28, (width * 0.85) / (number.length * GLYPH), 1.2);
  const nameSize = Math.min(numberSize * 0.7, 0.9);
  const nameChars = Math.floor((width * 0.9) / (nameSize * GLYPH));
  const showName = exhibitorName && height >= numberSize * 2.6 && nameChars >= 4;
  const name = exhibitorName.length > nameChars ? `${exhibitorName.slice(0, Math.max(nameChars - 1, 1))}…` : exhibitorName;
  const highlighted = emphasis === "highlighted";
  const stroke = selected ? SELECTED_COLOR : highlighted ? HIGHLIGHT_COLOR : color;
  const interactive = !!onActivate;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    onActivate?.(booth);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; a group with the role is the accessible equivalent
    <g
      className="plan-booth"
      data-testid={`booth-${number}`}
      data-status={status}
      data-selected={selected || undefined}
      data-emphasis={emphasis}
      role="button"
      tabIndex={interactive ? 0 : -1}
      aria-label={label}
      aria-pressed={selected || undefined}
      aria-disabled={interactive ? undefined : true}
      onClick={interactive ? () => onActivate(booth) : undefined}
      onKeyDown={interactive ? onKeyDown : undefined}
      opacity={emphasis === "dimmed" ? 0.25 : 1}
      style={{ cursor: interactive ? "pointer" : undefined }}
    >
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        fill={fill}
        stroke={stroke}
        strokeWidth={selected || highlighted ? 3 : 1}
        vectorEffect="non-scaling-stroke"
      />
      {highlighted || selected ? (
        <rect
          x={x}
          y={y}
          width={width}
          height={height}
          fill="none"
          stroke={stroke}
          strokeOpacity={0.35}
          strokeWidth={9}
          vectorEffect="non-scaling-stroke"
          pointerEvents="none"
        />
      ) : null}
      <text
        x={x + width / 2}
        y={y + height / 2 + (showName ? -nameSize * 0.45 : numberSize * 0.35)}
        fontSize={numberSize}
        fontWeight={600}
        textAnchor="middle"
        fill={ink}
        pointerEvents="none"
        paintOrder={status === "reserved" ? "stroke" : undefined}
        stroke={status === "reserved" ? "#ffffff" : undefined}
        strokeWidth={status === "reserved" ? numberSize * 0.18 : undefined}
      >
        {number}
      </text>
      {showName ? (
        <text x={x + width / 2} y={y + height / 2 + nameSize * 1.1} fontSize={nameSize} textAnchor="middle" fill={ink} pointerEvents="none">
          {name}
        </text>
      ) : null}
    </g>
  );
});
