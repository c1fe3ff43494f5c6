import type { echarts } from "../../../ui/echarts";

export type CsvColumn<T> = { label: string; value: (row: T) => string | number | null | undefined };

const cell = (value: string | number | null | undefined) => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Rows as CSV text (RFC 4180 quoting), numbers unformatted so spreadsheets read them as numbers. */
export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  return [columns.map((c) => cell(c.label)).join(","), ...rows.map((row) => columns.map((c) => cell(c.value(row))).join(","))].join("\n");
}

export function saveFile(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** A safe file name from a title: letters of any script, digits and dashes. */
export const fileNameOf = (title: string) => title.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "hamkori";

/** Charts are drawn as SVG; a PNG is the SVG painted onto a canvas at twice the size, on white. */
export async function saveChartPng(chart: echarts.ECharts, name: string) {
  const svg = chart.getDataURL({ type: "svg" });
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error("The chart could not be drawn"));
    image.src = svg;
  });
  const scale = 2;
  const canvas = document.createElement("canvas");
  canvas.width = chart.getWidth() * scale;
  canvas.height = chart.getHeight() * scale;
  const context = canvas.getContext("2d");
  if (!context) return;
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (blob) saveFile(name, blob);
}
