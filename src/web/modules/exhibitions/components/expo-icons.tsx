import type { SVGProps } from "react";

// Drawn like the shared line icons in ui/icons.tsx, which has no calendar or badge.
type IconProps = SVGProps<SVGSVGElement> & { size?: number };

const line = { fill: "none", stroke: "currentColor", strokeWidth: 1.8, strokeLinecap: "round", strokeLinejoin: "round" } as const;

export const CalendarIcon = ({ size = 18, ...props }: IconProps) => (
  <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" {...line} {...props}>
    <rect x="3" y="5" width="18" height="16" rx="2" />
    <path d="M3 10h18M8 3v4M16 3v4" />
  </svg>
);

export const BadgeIcon = ({ size = 18, ...props }: IconProps) => (
  <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" {...line} {...props}>
    <rect x="5" y="4" width="14" height="17" rx="2" />
    <path d="M10 4V2h4v2M9 15h6M9 18h4" />
    <circle cx="12" cy="10" r="2" />
  </svg>
);
