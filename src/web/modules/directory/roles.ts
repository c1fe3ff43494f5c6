import type { TMemberRole } from "../../../contracts/directory";

// Listed here rather than imported from the contracts, whose values would pull zod into the bundle.
export const MEMBER_ROLES: readonly TMemberRole[] = ["owner", "admin", "member"];
