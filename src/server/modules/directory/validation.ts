import { type FieldError, validationFailed } from "../../platform/errors";
import { isCurrencyCode, type ReferenceData } from "./reference";

/**
 * Checks values against reference data (codes that exist, regions inside their country);
 * collects every problem so a form can show them all at once.
 */
export class ReferenceChecks {
  private readonly errors: FieldError[] = [];
  constructor(private readonly reference: ReferenceData) {}

  country(field: string, code: string | undefined | null) {
    if (code && !this.reference.jurisdictions.isCountry(code)) this.fail(field, `${code} is not an ISO 3166-1 country code`);
    return this;
  }

  region(field: string, region: string | undefined | null, country: string | undefined) {
    if (!region) return this;
    const known = this.reference.jurisdictions.get(region);
    if (known?.kind !== "region") this.fail(field, `${region} is not a known ISO 3166-2 region`);
    else if (country && known.country !== country) this.fail(field, `${region} is not a region of ${country}`);
    return this;
  }

  sectors(field: string, codes: string[] | undefined) {
    for (const [i, code] of (codes ?? []).entries()) if (!this.reference.sectors.has(code)) this.fail(`${field}.${i}`, `${code} is not a known sector`);
    return this;
  }

  hsCode(field: string, code: string | undefined) {
    if (code && !this.reference.hs.has(code)) this.fail(field, `${code} is not an HS 2022 code`);
    return this;
  }

  currency(field: string, code: string | undefined) {
    if (code && !isCurrencyCode(code)) this.fail(field, `${code} is not an ISO 4217 currency code`);
    return this;
  }

  fail(field: string, message: string) {
    this.errors.push({ field, message });
    return this;
  }

  /** Throws one 400 naming every field that failed. */
  throwIfAny(): void {
    if (this.errors.length === 0) return;
    throw validationFailed(this.errors);
  }
}
