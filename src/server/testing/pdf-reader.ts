/**
 * Just enough of a PDF reader to check what pdfkit wrote with `compress: false`: pages, their
 * media boxes, the text they show (decoded through each font's ToUnicode CMap, as a copy-paste
 * or a screen reader would) and the rectangles they fill. Not a general parser.
 */
export type PdfObject = { dict: string; stream: string | null };
export type PdfPage = { mediaBox: number[]; text: string[]; rects: number[][] };

function readObjects(pdf: string): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  let match = header.exec(pdf);
  while (match) {
    const start = header.lastIndex;
    const streamAt = pdf.indexOf("stream\n", start);
    const endAt = pdf.indexOf("endobj", start);
    let stream: string | null = null;
    let dict = pdf.slice(start, endAt);
    if (streamAt !== -1 && streamAt < endAt) {
      // Skip by /Length: font files are binary and may contain "endobj" by chance.
      dict = pdf.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      stream = pdf.slice(streamAt + 7, streamAt + 7 + length);
      header.lastIndex = streamAt + 7 + length;
    }
    objects.set(Number(match[1]), { dict, stream });
    match = header.exec(pdf);
  }
  return objects;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

/** Glyph id → text, from a ToUnicode CMap made of bfrange arrays, as pdfkit writes them. */
export function readToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, first, , list] of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
    [...list.matchAll(/<([0-9a-f ]*)>/gi)].forEach(([, hex], offset) => {
      const units = hex.split(" ").map((unit) => Number.parseInt(unit, 16));
      map.set(Number.parseInt(first, 16) + offset, String.fromCharCode(...units));
    });
  }
  return map;
}

function showText(operands: string, glyphs: Map<number, string>): string {
  let text = "";
  for (const [, hex] of operands.matchAll(/<([0-9a-f]*)>/gi)) {
    for (let i = 0; i < hex.length; i += 4) text += glyphs.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? "\uFFFD";
  }
  return text;
}

export function readPdf(bytes: Uint8Array): { pages: PdfPage[]; objects: Map<number, PdfObject> } {
  const objects = readObjects(Buffer.from(bytes).toString("latin1"));
  const pages: PdfPage[] = [];
  for (const { dict } of objects.values()) {
    if (!/\/Type \/Page\b/.test(dict)) continue;
    const fonts = new Map<string, Map<number, string>>();
    const resources = objects.get(ref(dict, "Resources"))?.dict ?? "";
    for (const [, name, id] of resources.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      fonts.set(name, readToUnicode(objects.get(ref(objects.get(Number(id))?.dict ?? "", "ToUnicode"))?.stream ?? ""));
    }
    // Content bytes are latin1 here; pdfkit writes text as hex glyph ids, so nothing is lost.
    const content = objects.get(ref(dict, "Contents"))?.stream ?? "";
    const text: string[] = [];
    let font = new Map<number, string>();
    for (const [, name, array, single] of content.matchAll(/\/(F\d+) [\d.]+ Tf|(\[[^\]]*\]) TJ|(<[0-9a-f]*>) Tj/gi)) {
      if (name) font = fonts.get(name) ?? new Map();
      else text.push(showText(array ?? single, font));
    }
    const rects = [...content.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)].map((m) => m.slice(1, 5).map(Number));
    const mediaBox = (/\/MediaBox \[([^\]]*)\]/.exec(dict)?.[1] ?? "").trim().split(/\s+/).map(Number);
    pages.push({ mediaBox, text, rects });
  }
  return { pages, objects };
}
