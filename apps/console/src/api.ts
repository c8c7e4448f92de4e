import { serviceClient, ServiceClient, TributaryService } from '@tributary/client';
import i18n from './i18n';

/** The signed-in person, as the directory's token says, kept on the device so the console opens offline. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  email: string;
  organisationId: string | null;
  roles: string[];
}

const SESSION_KEY = 'tributary.session';

export function loadSession(): Session | null {
  const stored = localStorage.getItem(SESSION_KEY);
  return stored ? (JSON.parse(stored) as Session) : null;
}

export function saveSession(session: Session | null): void {
  if (session) localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  else localStorage.removeItem(SESSION_KEY);
}

function claims(accessToken: string): { org?: string | null; roles?: string[] } {
  const payload = accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(decodeURIComponent(escape(atob(payload))));
}

export function sessionFrom(email: string, token: { access_token: string; refresh_token?: string }): Session {
  const c = claims(token.access_token);
  return { accessToken: token.access_token, refreshToken: token.refresh_token ?? '', email, organisationId: c.org ?? null, roles: c.roles ?? [] };
}

const base = (service: TributaryService) => `${location.origin}/api/${service}`;

let refreshing: Promise<Session | null> | null = null;

/** Access tokens last 15 minutes: a 401 is answered once by the refresh token (each works once, so one refresh at a time). */
async function refresh(): Promise<Session | null> {
  const current = loadSession();
  if (!current?.refreshToken) return null;
  refreshing ??= (async () => {
    const { data } = await serviceClient('directory', { baseUrl: base('directory') }).POST('/auth/token', {
      body: { grant_type: 'refresh_token', refresh_token: current.refreshToken },
    });
    const next = data ? sessionFrom(current.email, data) : null;
    saveSession(next);
    if (!next) window.dispatchEvent(new Event('tributary:signed-out'));
    return next;
  })().finally(() => (refreshing = null));
  return refreshing;
}

async function authorisedFetch(input: Request): Promise<Response> {
  const attempt = (session: Session | null) => {
    const request = input.clone();
    if (session) request.headers.set('authorization', `Bearer ${session.accessToken}`);
    request.headers.set('accept-language', i18n.language);
    return fetch(request);
  };
  const answer = await attempt(loadSession());
  if (answer.status !== 401 || !loadSession()) return answer;
  const renewed = await refresh();
  return renewed ? attempt(renewed) : answer;
}

/** The typed client (libs/client) of a service, through the console's own origin. */
export function api<S extends TributaryService>(service: S): ServiceClient<S> {
  return serviceClient(service, { baseUrl: base(service), fetch: authorisedFetch });
}

/** The problem's detail in the caller's language, or the status when the answer is not a problem. */
export function problemText(error: unknown, response?: Response): string {
  const problem = error as { detail?: string; title?: string; errors?: Array<{ field: string; message: string }> } | undefined;
  const fields = problem?.errors?.map((e) => `${e.field} : ${e.message}`).join(' ; ');
  return [problem?.detail ?? problem?.title ?? String(response?.status ?? ''), fields].filter(Boolean).join(' — ');
}

/** Unwraps an openapi-fetch answer, throwing the problem's text so TanStack Query shows it. */
export async function must<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || data === undefined) throw new Error(problemText(error, response));
  return data;
}

/** A download that needs the token (CSV with HXL, DHIS2, IATI): fetched, then handed to the browser as a file. */
export async function download(service: TributaryService, pathAndQuery: string, fileName: string): Promise<void> {
  const answer = await authorisedFetch(new Request(base(service) + pathAndQuery));
  if (!answer.ok) throw new Error(String(answer.status));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await answer.blob());
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * Sends a file as the raw body (evidence: JPEG, PNG or PDF), which the typed client does not do;
 * answers the problem's text when refused (too large, wrong type).
 */
export async function upload(service: TributaryService, pathAndQuery: string, file: File): Promise<string | null> {
  const answer = await authorisedFetch(new Request(base(service) + pathAndQuery, { method: 'POST', body: file, headers: { 'content-type': file.type } }));
  return answer.ok ? null : problemText(await answer.json().catch(() => undefined), answer);
}
