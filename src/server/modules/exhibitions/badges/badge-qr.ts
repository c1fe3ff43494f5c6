import QRCode from "qrcode";

export type QrMatrix = { size: number; isDark: (x: number, y: number) => boolean };

/** Level M survives a scuffed or creased badge while keeping modules large for phone cameras. */
export function qrMatrix(content: string): QrMatrix {
  const { modules } = QRCode.create(content, { errorCorrectionLevel: "M" });
  return { size: modules.size, isDark: (x, y) => modules.get(y, x) === 1 };
}

/**
 * Draws the symbol as vector rectangles (sharp at any printer resolution and far smaller than
 * an image), merging each row's dark runs and filling them as one path so that renderers do not
 * show hairline seams between neighbouring modules.
 */
export function drawQr(doc: PDFKit.PDFDocument, matrix: QrMatrix, left: number, top: number, side: number): void {
  const module = side / matrix.size;
  for (let y = 0; y < matrix.size; y++) {
    let x = 0;
    while (x < matrix.size) {
      if (!matrix.isDark(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < matrix.size && matrix.isDark(x, y)) x++;
      doc.rect(left + start * module, top + y * module, (x - start) * module, module);
    }
  }
  doc.fillColor("#000000").fill();
}
