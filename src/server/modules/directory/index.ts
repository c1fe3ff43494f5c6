import type { AppContext } from "../../platform/context";
import type { ZodApp } from "../../platform/http";
import { registerAccountRoutes } from "./account.routes";
import { registerMemberRoutes } from "./members/member.routes";
import { registerOrganizationRoutes } from "./organizations/organization.routes";
import { registerProductRoutes } from "./products/product.routes";
import { registerReferenceRoutes } from "./reference/reference.routes";

export * as members from "./members/member.service";
export * as organizations from "./organizations/organization.service";
export * as products from "./products/product.service";
export { loadReferenceData, type Place, placeOf, type ReferenceData } from "./reference";

export function registerDirectory(app: ZodApp, ctx: AppContext) {
  registerReferenceRoutes(app, ctx);
  registerOrganizationRoutes(app, ctx);
  registerProductRoutes(app, ctx);
  registerMemberRoutes(app, ctx);
  registerAccountRoutes(app, ctx);
}
export { requireOrganizationRole } from "./access";
export { findMembership, listMemberContacts, listMembershipsOfUser } from "./members/member.repository";
export { findMakersOfHeadings, type MakerOfHeading } from "./products/product.repository";
export { readDataFile } from "./reference/data-files";
// Tables other modules may join against (read-only: directory data is written only here).
export { member, organization, product, productSearch } from "./schema";
export { matchesAll, type ResolvedQuery, rememberSearchTerms, resolveQuery } from "./search.repository";
export { queryWords } from "./search-keys";
export { directoryPreviews } from "./share-previews";
