// The auditors' HTTP calls (docs/http-api.md, /api/auth/admin and /api/admin/...). The token lives
// in sessionStorage under its own key, never in a URL; downloads and images are fetched with it.

const STORE = 'audit.auth';
const ANSWER_WITHIN_MS = 15000;

export class AuditError extends Error {
  constructor(kind, status) {
    super(kind);
    this.kind = kind;
    this.status = status;
  }
}

export function savedAuth() {
  try {
    const auth = JSON.parse(sessionStorage.getItem(STORE) || 'null');
    if (auth && Date.parse(auth.expiresAt) > Date.now() + 5000) return auth;
  } catch (e) {
    // a damaged entry is as good as none
  }
  sessionStorage.removeItem(STORE);
  return null;
}

export function forget() {
  sessionStorage.removeItem(STORE);
}

async function call(method, path, {token, body, as = 'json'} = {}) {
  const headers = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = 'Bearer ' + token;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ANSWER_WITHIN_MS);
  let response;
  try {
    response = await fetch(path, {method, headers, signal: abort.signal, cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body)});
    if (response.ok) {
      if (as === 'blob') return await response.blob();
      return await response.json();
    }
  } catch (e) {
    throw new AuditError('unreachable');
  } finally {
    clearTimeout(timer);
  }
  const kinds = {400: 'invalid', 401: 'expired', 403: 'expired', 404: 'missing', 410: 'gone', 429: 'throttled'};
  throw new AuditError(kinds[response.status] || 'server', response.status);
}

export async function signIn(username, password) {
  return keep(await call('POST', '/api/auth/admin', {body: {username, password}}));
}

/** Keeps an answer of POST /api/auth/admin for this tab (also when the expert console's sign-in page made it). */
export function keep(answer) {
  const auth = {token: answer.accessToken, expiresAt: answer.expiresAt, admin: answer.admin};
  sessionStorage.setItem(STORE, JSON.stringify(auth));
  return auth;
}

export const list = (token, what, query) => call('GET', `/api/admin/${what}?${query}`, {token});
export const exportCsv = (token, what, query) => call('GET', `/api/admin/${what}/export?${query}`, {token, as: 'blob'});
export const session = (token, id) => call('GET', '/api/admin/sessions/' + encodeURIComponent(id), {token});
export const verification = (token, id) => call('GET', '/api/admin/verifications/' + encodeURIComponent(id), {token});
export const image = (token, id, which) => call('GET', '/api/admin/verifications/' + encodeURIComponent(id) + '/'
  + (which === 'card-photo' ? 'card-photo' : 'frames/' + which), {token, as: 'blob'});
export const revealIdNumber = (token, id, reason) => call('POST', '/api/admin/verifications/' + encodeURIComponent(id)
  + '/id-number', {token, body: {reason}});
export const statistics = (token, query) => call('GET', '/api/admin/statistics?' + query, {token});
export const auditLog = (token, query) => call('GET', '/api/admin/audit?' + query, {token});
export const verifyAuditLog = (token) => call('GET', '/api/admin/audit/verify', {token});
export const picture = (token, sessionId, documentId, attempt) => call('GET', '/api/admin/sessions/'
  + encodeURIComponent(sessionId) + '/documents/' + encodeURIComponent(documentId) + '/image?attempt=' + attempt,
{token, as: 'blob'});
export const receipt = (token, sessionId) => call('GET', '/api/admin/sessions/' + encodeURIComponent(sessionId)
  + '/receipt', {token, as: 'blob'});
