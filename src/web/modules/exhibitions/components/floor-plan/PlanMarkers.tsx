import type { PointerEvent } from "react";
import type { TPoint } from "../../../../../contracts/exhibitions";
import { ENTRANCE_COLOR, ROUTE_COLOR } from "./plan-style";

/** Markers keep a constant size on screen: their sizes are pixels divided by the current scale. */
type Scaled = { scale: number };

type EntranceProps = Scaled & {
  entrances: TPoint[];
  label: (index: number) => string;
  /** The editor removes an entrance when it is pressed with the entrance tool. */
  onPointerDown?: (event: PointerEvent, index: number) => void;
};

export function EntranceMarkers({ entrances, scale, label, onPointerDown }: EntranceProps) {
  const r = 11 / scale;
  return (
    <g data-testid="plan-entrances">
      {entrances.map((point, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an entrance is known by its position in the list
        <g key={index} data-testid={`entrance-${index + 1}`} onPointerDown={onPointerDown ? (event) => onPointerDown(event, index) : undefined}>
          <title>{label(index)}</title>
          <circle cx={point.x} cy={point.y} r={r} fill={ENTRANCE_COLOR} stroke="#ffffff" strokeWidth={2} vectorEffect="non-scaling-stroke" />
          <text x={point.x} y={point.y + r * 0.38} fontSize={r * 0.85} fontWeight={700} textAnchor="middle" fill="#ffffff" pointerEvents="none">
            {`E${index + 1}`}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Walking paths with a numbered marker where each leg ends. */
export function RouteOverlay({ route, scale, label }: Scaled & { route: { path: TPoint[]; boothId: string }[]; label: (stop: number) => string }) {
  const r = 12 / scale;
  return (
    <g data-testid="plan-route" pointerEvents="none">
      {route.map((leg, index) => (
        <polyline
          key={`${leg.boothId}-line`}
          points={leg.path.map((p) => `${p.x},${p.y}`).join(" ")}
          fill="none"
          stroke={ROUTE_COLOR}
          strokeWidth={4}
          strokeLinejoin="round"
          strokeLinecap="round"
          strokeDasharray={index % 2 ? "10 5" : undefined}
          vectorEffect="non-scaling-stroke"
        />
      ))}
      {route.map((leg, index) => {
        const end = leg.path[leg.path.length - 1];
        if (!end) return null;
        return (
          <g key={`${leg.boothId}-stop`} data-testid={`route-stop-${index + 1}`}>
            <title>{label(index + 1)}</title>
            <circle cx={end.x} cy={end.y} r={r} fill={ROUTE_COLOR} stroke="#ffffff" strokeWidth={2} vectorEffect="non-scaling-stroke" />
            <text x={end.x} y={end.y + r * 0.4} fontSize={r * 1.15} fontWeight={700} textAnchor="middle" fill="#ffffff">
              {index + 1}
            </text>
          </g>
        );
      })}
    </g>
  );
}
