/** What the server accepts for logos and photos; checked here too so people learn before uploading. */
export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"];
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export type ImageProblem = "type" | "size" | null;

export function checkImageFile(file: File): ImageProblem {
  if (!IMAGE_TYPES.includes(file.type)) return "type";
  if (file.size > MAX_IMAGE_BYTES) return "size";
  return null;
}
