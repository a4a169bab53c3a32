// HTTP API of the signaling server (docs/http-api.md): sign-in, tickets, the expert's sessions,
// identity verifications and their images. The access token lives in sessionStorage only (gone
// with the tab), is never logged and never put into a URL: it goes in the Authorization header.

const STORE = 'console.auth';

/** A failed HTTP call, in words the UI can map to plain text. */
export class ApiError extends Error {
  /**
   * @param {string} kind 'unreachable' | 'timeout' | 'unauthorized' | 'throttled' | 'invalid' | 'forbidden' |
   *     'missing' | 'gone' | 'server'
   * @param {object} [extra] e.g. {retryAfter: seconds, status}
   */
  constructor(kind, extra = {}) {
    super(kind);
    this.kind = kind;
    Object.assign(this, extra);
  }
}

export function savedAuth() {
  try {
    const auth = JSON.parse(sessionStorage.getItem(STORE) || 'null');
    if (auth && Date.parse(auth.expiresAt) > Date.now() + 5000) {
      return auth;
    }
  } catch (e) {
    // a damaged entry is as good as none
  }
  sessionStorage.removeItem(STORE);
  return null;
}

export function forgetAuth() {
  sessionStorage.removeItem(STORE);
}

/** A request that has not been answered after this long is given up (and said so), never left hanging. */
const ANSWER_WITHIN_MS = 10000;

/** @param as 'json' (the default) or 'blob' (an image: its body is read within the same time limit) */
async function call(method, path, {token, body, as = 'json'} = {}) {
  const headers = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = 'Bearer ' + token;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ANSWER_WITHIN_MS);
  let response;
  try {
    response = await fetch(path, {method, headers, signal: abort.signal, cache: as === 'json' ? 'default' : 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body)});
    if (response.ok && as === 'file') return await response.blob();
    if (response.ok && as === 'blob') {
      const blob = await response.blob();
      if (!blob.type.startsWith('image/')) throw new ApiError('server', {status: response.status});
      return blob;
    }
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError(abort.signal.aborted ? 'timeout' : 'unreachable');
  } finally {
    clearTimeout(timer);
  }
  if (response.ok) {
    return response.status === 204 ? null : response.json();
  }
  const status = response.status;
  if (status === 401) throw new ApiError('unauthorized', {status});
  if (status === 429) {
    const retryAfter = parseInt(response.headers.get('Retry-After') || '0', 10) || 60;
    throw new ApiError('throttled', {status, retryAfter});
  }
  if (status === 400) throw new ApiError('invalid', {status});
  if (status === 404 || status === 405) throw new ApiError('missing', {status});
  if (status === 403) throw new ApiError('forbidden', {status});
  if (status === 410) throw new ApiError('gone', {status});
  throw new ApiError(status >= 500 && status !== 501 ? 'server' : 'server', {status});
}

/** Signs in; keeps the access token for this tab. */
export async function signIn(username, password) {
  const answer = await call('POST', '/api/auth/expert', {body: {username, password}});
  const auth = {token: answer.accessToken, expiresAt: answer.expiresAt, expert: answer.expert};
  sessionStorage.setItem(STORE, JSON.stringify(auth));
  return auth;
}

/** An auditor's sign-in (role ADMIN): the answer is for the audit pages, which keep it (js/admin/roleSwitch.js). */
export function adminSignIn(username, password) {
  return call('POST', '/api/auth/admin', {body: {username, password}});
}

/** A single-use WebSocket ticket: {ticket, expiresAt, url}. */
export function ticket(token) {
  return call('POST', '/api/signaling/ticket', {token});
}

/** The expert's recent sessions (spec E), most recent first. */
export async function mySessions(token, limit = 30) {
  const answer = await call('GET', '/api/sessions/mine?limit=' + limit, {token});
  return answer.sessions || [];
}

export function session(token, sessionId) {
  return call('GET', '/api/sessions/' + encodeURIComponent(sessionId), {token});
}

/** The experts signed on now, with skills and presence: transfer targets (GET /api/experts/on-duty). */
export function onDuty(token) {
  return call('GET', '/api/experts/on-duty', {token});
}

/**
 * One identity verification as its lead expert may see it (GET /api/verifications/{id}): card
 * data with the ID number masked, consent, challenge, machine decision, frames, review. Each read
 * is logged on the server.
 */
export function verification(token, verificationId) {
  return call('GET', '/api/verifications/' + encodeURIComponent(verificationId), {token});
}

/**
 * An evidence image as a Blob: which = 'card-photo' or a frame index. Each view is logged on the
 * server, so callers fetch only what the expert looks at.
 */
export function verificationImage(token, verificationId, which) {
  const tail = which === 'card-photo' ? 'card-photo' : 'frames/' + encodeURIComponent(String(which));
  return call('GET', '/api/verifications/' + encodeURIComponent(verificationId) + '/' + tail, {token, as: 'blob'});
}

/** The lead's case file of an open session (materials, documents, closing). */
export function caseFile(token, sessionId) {
  return call('GET', '/api/sessions/' + encodeURIComponent(sessionId) + '/case-file', {token});
}

/** A document picture (the path the server gave in document.state); each view is logged. */
export function caseImage(token, imagePath, attempt) {
  return call('GET', imagePath + (attempt ? '?attempt=' + encodeURIComponent(String(attempt)) : ''), {token, as: 'blob'});
}

/** Any file the server gives by path (the receipt PDF). */
export function file(token, path) {
  return call('GET', path, {token, as: 'file'});
}
