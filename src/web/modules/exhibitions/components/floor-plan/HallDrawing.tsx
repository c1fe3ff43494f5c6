import { memo } from "react";
import type { TBooth, THall } from "../../../../../contracts/exhibitions";
import { BoothShape } from "./BoothShape";
import { boothColor, hatchId } from "./plan-style";
import type { BoothEmphasis } from "./types";

type Props = {
  hall: THall;
  colors: Map<string, string>;
  selected: Set<string>;
  emphasisOf?: (booth: TBooth) => BoothEmphasis;
  labelOf: (booth: TBooth) => string;
  exhibitorNameOf: (booth: TBooth) => string;
  onBoothClick?: (booth: TBooth) => void;
};

/**
 * The still part of a hall: outline, obstacles and booths. Memoised so that panning and zooming,
 * which change only the SVG's viewBox, do not redraw thousands of booths.
 */
export const HallDrawing = memo(function HallDrawing({ hall, colors, selected, emphasisOf, labelOf, exhibitorNameOf, onBoothClick }: Props) {
  const hatchColors = [...new Set(hall.booths.filter((b) => b.status === "reserved").map((b) => boothColor(b, colors)))];
  // Selected booths go last so their thick outline is not covered by a neighbour.
  const booths = [...hall.booths].sort((a, b) => Number(selected.has(a.id)) - Number(selected.has(b.id)));
  return (
    <g>
      <defs>
        {hatchColors.map((color) => (
          <pattern key={color} id={hatchId(color)} patternUnits="userSpaceOnUse" width={0.8} height={0.8} patternTransform="rotate(45)">
            <rect width={0.8} height={0.8} fill={`${color}33`} />
            <rect width={0.35} height={0.8} fill={color} />
          </pattern>
        ))}
      </defs>
      <rect x={0} y={0} width={hall.width} height={hall.height} fill="#ffffff" stroke="#495057" strokeWidth={2} vectorEffect="non-scaling-stroke" />
      {hall.obstacles.map((o, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: obstacles have no identity beyond their place in the list
        <rect key={index} x={o.x} y={o.y} width={o.width} height={o.height} fill="#ced4da" stroke="#868e96" strokeWidth={1} vectorEffect="non-scaling-stroke" />
      ))}
      {booths.map((booth) => (
        <BoothShape
          key={booth.id}
          booth={booth}
          color={boothColor(booth, colors)}
          label={labelOf(booth)}
          exhibitorName={exhibitorNameOf(booth)}
          selected={selected.has(booth.id)}
          emphasis={emphasisOf?.(booth) ?? "normal"}
          onActivate={onBoothClick}
        />
      ))}
    </g>
  );
});
