// The WebSocket client of the signaling protocol (docs/protocol.md), expert side.
// Every connection gets a fresh ticket; correlation ids are a counter; a lost connection is
// reconnected at once and then with exponential back-off and jitter (1 s doubling to 30 s),
// except after 4010 (signed in elsewhere), after a deliberate stop, or when the access token has
// expired. The session itself is resumed by the server (session.resumed follows auth.ok).

import {ticket, ApiError} from './api.js';

const REPLY_TIMEOUT_MS = 10000;
const OPEN_TIMEOUT_MS = 8000;

export class Signaling {
  /**
   * @param {() => string} token the current access token
   * @param {object} handlers onMessage(envelope), onUp(authOk), onDown({code, attempt, retryInMs, reason}),
   *     onStopped(reason) with reason 'superseded' | 'expired'
   */
  constructor(token, handlers) {
    this.token = token;
    this.handlers = handlers;
    this.counter = 0;
    this.pending = new Map();
    this.ws = null;
    this.attempt = 0;
    this.stopped = false;
    this.timer = null;
    this.serverOffset = 0;
    this.heartbeatSeconds = 15;
    this.resumeSession = null;
    this.up = false;
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  /** Closes for good (sign-out). */
  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.ws) {
      this.ws.onclose = null;
      try { this.ws.close(1000, 'signed out'); } catch (e) { /* already closed */ }
    }
    this.ws = null;
    this.up = false;
    this.failPending('closed');
  }

  /** Test and diagnostics: drops the connection as a network fault would (it then reconnects). */
  drop() {
    if (this.ws) this.ws.close(3000, 'dropped');
  }

  /** Server time now, corrected by the offset measured at auth.ok. */
  serverNow() {
    return Date.now() + this.serverOffset;
  }

  async connect() {
    clearTimeout(this.timer);
    let t;
    try {
      t = await ticket(this.token());
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'unauthorized') {
        this.stopped = true;
        this.handlers.onStopped('expired');
        return;
      }
      this.retry(e instanceof ApiError ? e.kind : 'unreachable', 0);
      return;
    }
    if (this.stopped) return;
    let ws;
    try {
      ws = new WebSocket(t.url);
    } catch (e) {
      this.retry('unreachable', 0);
      return;
    }
    this.ws = ws;
    console.info('signaling: connecting, attempt', this.attempt);
    // A connection that is not authenticated in time (stuck while opening, or no auth.ok) is
    // given up and tried again; the server's own deadline for auth is 10 s.
    clearTimeout(this.openTimer);
    this.openTimer = setTimeout(() => {
      if (this.ws === ws && !this.up) {
        console.info('signaling: no auth.ok in time, trying again');
        ws.onclose = null;
        try { ws.close(); } catch (e) { /* not open */ }
        this.ws = null;
        this.retry('unreachable', 0);
      }
    }, OPEN_TIMEOUT_MS);
    ws.onopen = () => {

      const body = {token: t.ticket};
      if (this.resumeSession) body.resume = this.resumeSession;
      this.rawSend({v: 1, type: 'auth', id: this.nextId(), body});
    };
    ws.onmessage = (event) => this.received(event.data);
    ws.onerror = () => { /* the close event follows and says more */ };
    ws.onclose = (event) => this.closed(ws, event);
  }

  closed(ws, event) {
    console.info('signaling: closed', event.code);
    if (ws !== this.ws) return;
    this.ws = null;
    const wasUp = this.up;
    this.up = false;
    this.failPending('closed');
    if (this.stopped) return;
    if (event.code === 4010) {
      this.stopped = true;
      this.handlers.onStopped('superseded');
      return;
    }
    this.retry(wasUp ? 'lost' : 'unreachable', event.code);
  }

  retry(reason, code) {
    this.attempt += 1;
    // At once after losing a connection that was up; then 1 s doubling to 30 s, +-20 % jitter.
    const base = this.attempt === 1 ? 0 : Math.min(30000, 1000 * 2 ** (this.attempt - 2));
    const delay = Math.round(base * (0.8 + Math.random() * 0.4));
    this.handlers.onDown({code, reason, attempt: this.attempt, retryInMs: delay});
    this.timer = setTimeout(() => this.connect(), delay);
  }

  /** Reconnects now (the "retry now" button, or after "signed in elsewhere"). */
  reconnectNow() {
    this.stopped = false;
    this.attempt = 0;
    clearTimeout(this.timer);
    if (!this.ws) this.connect();
  }

  received(data) {
    let envelope;
    try {
      envelope = JSON.parse(data);
    } catch (e) {
      console.warn('signaling: undecodable frame ignored');
      return;
    }
    if (envelope.type === 'auth.ok') {
      clearTimeout(this.openTimer);
      this.up = true;
      this.attempt = 0;
      this.serverOffset = envelope.body.serverTime - Date.now();
      this.heartbeatSeconds = envelope.body.heartbeatSeconds || 15;
      this.handlers.onUp(envelope.body);
    }
    const replyTypes = ['error', 'auth.ok', 'presence.state', 'session.state', 'session.established',
      'rating.recorded', 'outcome.recorded', 'invite.state', 'verify.state', 'materials.state', 'document.state',
      'closing.state'];
    if (envelope.id && replyTypes.includes(envelope.type) && this.pending.has(envelope.id)) {
      const waiting = this.pending.get(envelope.id);
      this.pending.delete(envelope.id);
      clearTimeout(waiting.timer);
      if (envelope.type === 'error') waiting.reject(envelope.body);
      else waiting.resolve(envelope);
    }
    this.handlers.onMessage(envelope);
  }

  nextId() {
    this.counter += 1;
    return 'c-' + this.counter;
  }

  rawSend(envelope) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(envelope));
    return true;
  }

  /** Sends a message; returns its id, or null when not connected. */
  send(type, body, sessionId) {
    if (!this.up) return null;
    const envelope = {v: 1, type, id: this.nextId()};
    if (sessionId) envelope.sessionId = sessionId;
    if (body) envelope.body = body;
    return this.rawSend(envelope) ? envelope.id : null;
  }

  /** Sends a message that has a reply by id; resolves with the reply, rejects with the error body. */
  request(type, body, sessionId) {
    return new Promise((resolve, reject) => {
      const id = this.send(type, body, sessionId);
      if (!id) {
        reject({code: 'NOT_CONNECTED'});
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject({code: 'NO_REPLY'});
      }, REPLY_TIMEOUT_MS);
      this.pending.set(id, {resolve, reject, timer});
    });
  }

  failPending(why) {
    for (const [, waiting] of this.pending) {
      clearTimeout(waiting.timer);
      waiting.reject({code: why === 'closed' ? 'NOT_CONNECTED' : why});
    }
    this.pending.clear();
  }
}
