import type { TProblem } from "../../contracts/common";

export type FieldError = { field: string; message: string };

/** A failed API call, carrying the server's problem details so forms can place field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];

  constructor(status: number, code: string, detail: string | undefined, errors: FieldError[] = []) {
    super(detail ?? `Request failed with status ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = errors;
  }

  /**
   * Field errors keyed by the form path. Request-validation errors name the part of the request
   * ("body.website"), service errors do not ("website"); forms only know the latter.
   */
  fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const error of this.errors) {
      const field = error.field.replace(/^(body|querystring|params)\./, "");
      if (!(field in result)) result[field] = error.message;
    }
    return result;
  }
}

type Query = Record<string, string | number | undefined | null>;

/** Builds `path?query`, leaving out empty parameters so URLs stay short and cacheable. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    try {
      const body = (await response.json()) as Partial<TProblem>;
      return new ApiError(response.status, body.code ?? "error", body.detail ?? body.title, body.errors ?? []);
    } catch {
      // A broken body still has a status worth reporting.
    }
  }
  return new ApiError(response.status, response.status >= 500 ? "internal_error" : "error", response.statusText || undefined);
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: "same-origin", headers: { accept: "application/json" } };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { ...init.headers, "content-type": "application/json" };
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, "network_error", undefined);
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>("GET", withQuery(path, query)),
  post: <T>(path: string, body: unknown = {}) => request<T>("POST", path, body),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  /** Most deletes name their target in the path; a few (undoing a dismissal) say it in a body. */
  delete: <T = void>(path: string, body?: unknown) => request<T>("DELETE", path, body),
  /** Sends one file as multipart/form-data under the field name the endpoint expects. */
  upload: <T>(method: "POST" | "PUT", path: string, field: string, file: File) => {
    const form = new FormData();
    form.append(field, file);
    return request<T>(method, path, form);
  },
};
