import { inflateSync } from "node:zlib";

/**
 * Rewrites a compressed PDF with its Flate streams inflated, so the badge tests' reader (which
 * reads uncompressed pdfkit output) can read what the API served. Offsets in the xref table go
 * stale; the reader does not use them.
 */
export function inflatePdf(bytes: Uint8Array): Buffer {
  const pdf = Buffer.from(bytes).toString("latin1");
  let out = "";
  let from = 0;
  for (let at = pdf.indexOf("stream\n", from); at !== -1; at = pdf.indexOf("stream\n", from)) {
    if (pdf.slice(at - 3, at) === "end") {
      out += pdf.slice(from, at + 7);
      from = at + 7;
      continue;
    }
    const dictStart = pdf.lastIndexOf(" obj", at) + 4;
    const dict = pdf.slice(dictStart, at);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const data = pdf.slice(at + 7, at + 7 + length);
    out += pdf.slice(from, dictStart);
    if (/\/Filter \/FlateDecode/.test(dict)) {
      const plain = inflateSync(Buffer.from(data, "latin1")).toString("latin1");
      const plainDict = dict.replace(/\/Filter \/FlateDecode\s*/, "").replace(/\/Length \d+/, `/Length ${plain.length}`);
      out += `${plainDict}stream\n${plain}`;
    } else {
      out += `${dict}stream\n${data}`;
    }
    from = at + 7 + length;
  }
  return Buffer.from(out + pdf.slice(from), "latin1");
}
