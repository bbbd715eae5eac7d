/** Fetch wrapper for /api/v1: query strings, JSON bodies, problem+json errors as ApiError. */
import { ApiError, parseProblem } from './api-error.ts';

export const API_BASE = '/api/v1';

export type QueryValue = string | number | boolean | null | undefined;

/**
 * `/api/v1` + path + the query's defined, non-empty values in the order given (so URLs are
 * stable for caching and tests); values are percent-encoded by URLSearchParams.
 */
export function buildUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search === '' ? '' : `?${search}`}`;
}

export interface RequestOptions {
  readonly query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  readonly json?: unknown;
  /** Sent as multipart/form-data. */
  readonly form?: FormData;
  readonly signal?: AbortSignal;
}

/** Resolves to the parsed JSON body (undefined for 204); rejects with ApiError. */
export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json' } };
  if (options.json !== undefined) {
    init.body = JSON.stringify(options.json);
    init.headers = { ...init.headers, 'content-type': 'application/json' };
  } else if (options.form !== undefined) {
    init.body = options.form;
  }
  if (options.signal !== undefined) init.signal = options.signal;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'Network error', 'the Barwise server could not be reached');
  }
  const requestId = response.headers.get('x-request-id');
  if (!response.ok) {
    const body = await response.text();
    throw parseProblem(response.status, response.headers.get('content-type'), body, requestId);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
