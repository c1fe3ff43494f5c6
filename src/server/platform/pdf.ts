/** The bytes of a pdfkit document once it ends; call before writing to it, then `doc.end()`. */
export function pdfOutput(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/** Starts a new page when `height` more points would run past the bottom margin. */
export function makeRoom(doc: PDFKit.PDFDocument, height: number, margin: number) {
  if (doc.y + height > doc.page.height - margin) doc.addPage();
}
