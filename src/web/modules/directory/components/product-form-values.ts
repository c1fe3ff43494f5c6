import type { TLanguage } from "../../../../contracts/common";
import type { TProduct, TProductInput } from "../../../../contracts/directory";
import { compactLocalized, fullLocalized } from "../../../ui/localized";

type Localized = Record<TLanguage, string>;
export type SpecificationRow = { name: string; value: string; unit: string };

export type ProductFormValues = {
  name: Localized;
  description: Localized;
  hsCode: string | null;
  specifications: SpecificationRow[];
  videoUrls: string[];
  // NumberInput reports "" while empty, a number otherwise.
  price: { amount: number | string; currency: string | null };
  minimumOrder: { quantity: number | string; unit: string };
  componentOrigins: string[];
};

export function toFormValues(product?: TProduct): ProductFormValues {
  return {
    name: fullLocalized(product?.name),
    description: fullLocalized(product?.description),
    hsCode: product?.hsCode ?? null,
    specifications: (product?.specifications ?? []).map((s) => ({ name: s.name, value: s.value, unit: s.unit ?? "" })),
    videoUrls: product?.videoUrls ?? [],
    price: { amount: product?.price?.amount ?? "", currency: product?.price?.currency ?? null },
    minimumOrder: { quantity: product?.minimumOrder?.quantity ?? "", unit: product?.minimumOrder?.unit ?? "" },
    componentOrigins: product?.componentOrigins ?? [],
  };
}

const blankRow = (row: SpecificationRow) => !row.name.trim() && !row.value.trim() && !row.unit.trim();
const hasNumber = (value: number | string) => value !== "" && value !== null && !Number.isNaN(Number(value));

export function toInput(values: ProductFormValues): TProductInput {
  return {
    name: compactLocalized(values.name),
    description: compactLocalized(values.description),
    hsCode: values.hsCode ?? "",
    // Rows left completely empty are a leftover "add" click, not data.
    specifications: values.specifications
      .filter((row) => !blankRow(row))
      .map((row) => ({ name: row.name.trim(), value: row.value.trim(), ...(row.unit.trim() ? { unit: row.unit.trim() } : {}) })),
    videoUrls: values.videoUrls.map((url) => url.trim()).filter(Boolean),
    price: hasNumber(values.price.amount) && values.price.currency ? { amount: Number(values.price.amount), currency: values.price.currency } : null,
    minimumOrder: hasNumber(values.minimumOrder.quantity) ? { quantity: Number(values.minimumOrder.quantity), unit: values.minimumOrder.unit.trim() } : null,
    componentOrigins: values.componentOrigins,
  };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The server's rules, repeated so mistakes show beside their input before a round trip. */
export function validateProduct(values: ProductFormValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!Object.values(values.name).some((v) => v.trim())) errors.name = t("validation.oneLanguage");
  if (!values.hsCode) errors.hsCode = t("productForm.hsRequired");
  values.specifications.forEach((row, i) => {
    if (blankRow(row)) return;
    if (!row.name.trim()) errors[`specifications.${i}.name`] = t("validation.required");
    if (!row.value.trim()) errors[`specifications.${i}.value`] = t("validation.required");
  });
  values.videoUrls.forEach((url, i) => {
    if (url.trim() && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url.trim())) errors[`videoUrls.${i}`] = t("validation.url");
  });
  if (hasNumber(values.price.amount)) {
    if (Number(values.price.amount) < 0) errors["price.amount"] = t("productForm.priceNegative");
    if (!values.price.currency) errors["price.currency"] = t("productForm.currencyRequired");
  }
  if (hasNumber(values.minimumOrder.quantity)) {
    if (Number(values.minimumOrder.quantity) <= 0) errors["minimumOrder.quantity"] = t("productForm.quantityPositive");
    if (!values.minimumOrder.unit.trim()) errors["minimumOrder.unit"] = t("productForm.unitRequired");
  } else if (values.minimumOrder.unit.trim()) {
    errors["minimumOrder.quantity"] = t("productForm.quantityRequired");
  }
  return errors;
}
