/**
 * A thin HTTP client for integration tests: raw requests (so crafted bodies reach the server
 * exactly as written) with an optional bearer token.
 */
export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export interface ApiClient {
  token: string;
  /** The signed-in record (users or _superusers), empty for anonymous. */
  record: Record<string, unknown>;
  get<T = Record<string, unknown>>(path: string): Promise<ApiResponse<T>>;
  post<T = Record<string, unknown>>(path: string, body: unknown): Promise<ApiResponse<T>>;
  patch<T = Record<string, unknown>>(path: string, body: unknown): Promise<ApiResponse<T>>;
  del(path: string): Promise<ApiResponse>;
}

export interface ListBody<T = Record<string, unknown>> {
  items: T[];
  totalItems: number;
}

function client(baseUrl: string, token: string, record: Record<string, unknown>): ApiClient {
  const request = async <T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiResponse<T>> => {
    const res = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(token ? { Authorization: token } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
  };
  return {
    token,
    record,
    get: (p) => request('GET', p),
    post: (p, b) => request('POST', p, b),
    patch: (p, b) => request('PATCH', p, b),
    del: (p) => request('DELETE', p),
  };
}

export function anonymous(baseUrl: string): ApiClient {
  return client(baseUrl, '', {});
}

/** Signs in to an auth collection (`users` or `_superusers`). */
export async function signIn(
  baseUrl: string,
  email: string,
  password: string,
  collection = 'users',
): Promise<ApiClient> {
  const res = await fetch(`${baseUrl}/api/collections/${collection}/auth-with-password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identity: email, password }),
  });
  const body = (await res.json()) as {
    token?: string;
    record?: Record<string, unknown>;
    message?: string;
  };
  if (!res.ok || !body.token)
    throw new Error(`sign-in as ${email} failed: ${res.status} ${body.message ?? ''}`);
  return client(baseUrl, body.token, body.record ?? {});
}
