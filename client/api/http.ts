// Fetch helpers: every API call goes through getJson/postJson so that network failures and
// the server's {error:{code,message,details}} envelope become one ApiError with plain words.

export class ApiError extends Error {
  readonly code: string;
  readonly details: unknown;
  readonly status: number;
  constructor(code: string, message: string, status: number, details?: unknown) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

type Query = Record<string, string | number | undefined | null | readonly string[]>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(","));
    } else params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function parse(res: Response): Promise<unknown> {
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    if (!res.ok)
      throw new ApiError("HTTP_" + res.status, `The server answered ${res.status} ${res.statusText}.`, res.status);
    throw new ApiError("BAD_JSON", "The server sent a reply the explorer cannot read.", res.status);
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(
      err?.code ?? "HTTP_" + res.status,
      err?.message ?? `The server answered ${res.status} ${res.statusText}.`,
      res.status,
      err?.details,
    );
  }
  return body;
}

async function request(path: string, init?: RequestInit): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { Accept: "application/json", ...init?.headers } });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError("NETWORK", "The explorer cannot reach its server. Is it running?", 0);
  }
  return parse(res);
}

export function getJson(path: string, query?: Query, signal?: AbortSignal): Promise<unknown> {
  return request(withQuery(path, query), { signal });
}

export function postJson(path: string, body: unknown, signal?: AbortSignal): Promise<unknown> {
  return request(path, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "Content-Type": "application/json" },
    signal,
  });
}

/** Plain-words message for any thrown value, for banners and inline errors. */
export function describeError(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error) return e.message;
  return "Something went wrong.";
}

/** Reads an answer with its wire-contract schema: a shape the contract does not allow is an ApiError, never a guess. */
export function readAs<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }) {
  return (body: unknown): T => {
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      throw new ApiError("BadAnswer", "The server sent an answer the explorer does not understand.", 200);
    return parsed.data;
  };
}
