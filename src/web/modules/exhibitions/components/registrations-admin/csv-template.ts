/** The columns the import understands, in the order the template offers them. */
export const TEMPLATE_HEADERS = ["Full name", "E-mail", "Organisation", "Job title", "Country", "Category", "Language"] as const;

/**
 * A ready-to-fill CSV, made in the browser so it always matches this version's columns. The BOM
 * makes Excel read it as UTF-8, or Cyrillic names turn into question marks.
 */
export function templateCsv(): Blob {
  return new Blob([`\uFEFF${TEMPLATE_HEADERS.join(",")}\r\n`], { type: "text/csv;charset=utf-8" });
}
