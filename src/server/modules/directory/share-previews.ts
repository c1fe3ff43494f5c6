import type { AppContext } from "../../platform/context";
import { pickText as pick } from "../../platform/i18n";
import type { PreviewProvider } from "../../web-app";
import { getOrganization } from "./organizations/organization.service";
import { getProduct } from "./products/product.service";

// Link previews are fetched without a language preference: pickText takes the most widely read text.

/** Social-media previews for public organisation and product pages. */
export function directoryPreviews(ctx: AppContext): PreviewProvider {
  return async (pathname) => {
    const org = pathname.match(/^\/organizations\/([0-9a-f-]{36})$/);
    if (org) {
      const o = await getOrganization(ctx, org[1]);
      return { title: pick(o.shortName) || pick(o.legalName), description: pick(o.description) || pick(o.legalName), image: o.logoUrl, type: "profile" };
    }
    const product = pathname.match(/^\/products\/([0-9a-f-]{36})$/);
    if (product) {
      const p = await getProduct(ctx, product[1]);
      const maker = pick(p.organization.shortName) || pick(p.organization.legalName);
      return {
        title: `${pick(p.name)} — ${maker}`,
        description: pick(p.description) || `${p.hsCode} ${p.hsDescription ?? ""}`,
        image: p.photoUrls[0] ?? null,
        type: "product",
      };
    }
    return undefined;
  };
}
