import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import type { Db } from "./db";
import { invalid } from "./errors";
import { deleteStoredFile, findStoredFile, insertStoredFile, type StoredFileRow } from "./files.repository";
import { newId } from "./ids";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
// SVG is refused on purpose: it can carry scripts. Raster images only.
const IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/webp", "image/gif"]);

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
// Contracts, memoranda, plans and scans: what parties exchange, and nothing that runs.
const DOCUMENT_TYPES = new Set([
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "image/png",
  "image/jpeg",
]);

export type FileStore = {
  saveImage(bytes: Buffer, uploadedBy: string, field: string): Promise<StoredFileRow>;
  /** A document (PDF, Word, Excel, or a scan as PNG or JPEG), at most 20 MB. */
  saveDocument(bytes: Buffer, uploadedBy: string, field: string): Promise<StoredFileRow>;
  read(id: string): Promise<{ meta: StoredFileRow; bytes: Buffer } | undefined>;
  /** Forgets a file: removed photos and replaced logos stop being served. */
  remove(id: string): Promise<void>;
};

export const fileUrl = (id: string | null | undefined): string | null => (id ? `/api/v1/files/${id}` : null);

/** Uploaded bytes go under `<dataDir>/uploads`, named by id; their type is decided by content, never by name. */
export function createFileStore(db: Db, dataDir: string): FileStore {
  const directory = path.join(dataDir, "uploads");
  fs.mkdirSync(directory, { recursive: true });
  /** Checks the bytes against a size and a list of types (read from the content), then keeps them. */
  async function save(
    bytes: Buffer,
    uploadedBy: string,
    field: string,
    rule: { max: number; tooLarge: string; types: Set<string>; wrongType: string; private: boolean },
  ) {
    if (bytes.length === 0) throw invalid(field, "The file is empty");
    if (bytes.length > rule.max) throw invalid(field, rule.tooLarge, "file_too_large", 413);
    const detected = await fileTypeFromBuffer(bytes);
    if (!detected || !rule.types.has(detected.mime)) throw invalid(field, rule.wrongType, "unsupported_media_type", 415);
    const id = newId();
    await fs.promises.writeFile(path.join(directory, id), bytes);
    const row = {
      id,
      mediaType: detected.mime,
      byteSize: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      uploadedBy,
      createdAt: new Date(),
      private: rule.private,
    };
    await insertStoredFile(db, row);
    return row;
  }

  return {
    saveImage: (bytes, uploadedBy, field) =>
      save(bytes, uploadedBy, field, {
        max: MAX_IMAGE_BYTES,
        tooLarge: "Images may be at most 5 MB",
        types: IMAGE_TYPES,
        wrongType: "Only PNG, JPEG, WebP or GIF images are accepted",
        private: false,
      }),
    saveDocument: (bytes, uploadedBy, field) =>
      save(bytes, uploadedBy, field, {
        max: MAX_DOCUMENT_BYTES,
        tooLarge: "Documents may be at most 20 MB",
        types: DOCUMENT_TYPES,
        wrongType: "Only PDF, Word (.docx), Excel (.xlsx), PNG or JPEG files are accepted",
        private: true,
      }),
    async read(id) {
      if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
      const meta = await findStoredFile(db, id);
      if (!meta) return undefined;
      const bytes = await fs.promises.readFile(path.join(directory, id)).catch(() => undefined);
      return bytes && { meta, bytes };
    },
    async remove(id) {
      await deleteStoredFile(db, id);
      await fs.promises.rm(path.join(directory, id), { force: true });
    },
  };
}
