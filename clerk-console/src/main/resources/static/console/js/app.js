// The console's controller: sign-in, the signaling connection, presence, ring, call, wrap-up.
// Views only show what this module tells them; the protocol is docs/protocol.md (expert side)
// plus docs/issue4 additions (queue.summary, outcome.submit, request in session.established).

import * as api from './api.js';
import {Signaling} from './signaling.js';
import {Call, openDevices} from './call.js';
import {QualityMeter, judge} from './quality.js';
import * as ring from './ring.js';
import {t, apply, setLanguage, language} from './i18n.js';
import {$, showView, show} from './ui/dom.js';
import {notify, clearNotice, errorText} from './ui/notices.js';
import {Dashboard} from './ui/dashboard.js';
import {RingView} from './ui/ringView.js';
import {CallView} from './ui/callView.js';
import {OutcomeDialog} from './ui/outcome.js';
import {TransferDialog} from './ui/transferDialog.js';
import {Transfer} from './transfer.js';
import {installCallControls} from './callControls.js';
import {Colleague} from './colleague.js';
import {Verification} from './verification.js';
import {CaseFile} from './caseFile.js';
import {installTestHook} from './testhook.js';
import {adminChosen, signInAsAdmin} from './admin/roleSwitch.js';

const QUALITY_EVERY_MS = 2000;
const KNOWN_CLOSE_CODES = [1001, 4000, 4002, 4008, 4009];
/** Messages whose errors are noise for the expert (they concern media housekeeping). */
const QUIET_ERRORS = new Set(['ice.candidate', 'media.state', 'peer.connected', 'sdp.answer', 'sdp.offer', 'ice.restart']);

const state = {
  auth: null,
  signaling: null,
  presence: null,
  wanted: 'AWAY',
  phase: 'idle', // idle | ringing | connecting | active | wrapup
  phaseBeforeRing: 'idle',
  session: null, // {id, request, peer, outcomeRecorded, wasAvailable, endedBy, reason}
  call: null,
  media: null,
  meter: null,
  qualityTimer: null,
  link: 'connecting',
  sent: new Map(),
  resumedOnce: false,
};

const serverNow = () => (state.signaling ? state.signaling.serverNow() : Date.now());
const dashboard = new Dashboard(serverNow);
const callView = new CallView();
const ringView = new RingView(serverNow, {onAccept: accept, onDecline: decline});
const outcome = new OutcomeDialog({
  onSubmit: submitOutcome,
  onHangUpOnly: hangUpOnly,
  caseNumber: () => callView.caseNumber(),
  notes: () => callView.notes(),
  verification: () => verification.summary(),
  promised: () => caseFile.promised(),
});
const transferDialog = new TransferDialog({
  load: () => api.onDuty(state.auth.token),
  self: () => state.auth && state.auth.expert && state.auth.expert.id,
  onSubmit: (target) => (target.mode === 'invite' ? invite(target) : transfer.start(target)),
});
const colleague = new Colleague({
  send: (type, body, sessionId) => send(type, body, sessionId),
  onStream: (stream, name) => callView.setColleague(stream, name),
});
/** Relayed types that belong to one pair of a three-party call (protocol 8.7). */
const PAIR_MESSAGES = new Set(['sdp.offer', 'sdp.answer', 'ice.candidate', 'ice.restart', 'media.state']);
const transfer = new Transfer({
  dialog: transferDialog,
  request: (type, body, sessionId) => request(type, body, sessionId),
  send: (type, body, sessionId) => send(type, body, sessionId),
  session: () => state.session,
  active: () => state.phase === 'active',
  caseNumber: () => callView.caseNumber(),
  notes: () => callView.notes(),
});
/** 身份核验 (protocol 5.40–5.48): the button and panel beside the video; the lead of a connected call only. */
const verification = new Verification({
  request: (type, body, sessionId) => request(type, body, sessionId),
  token: () => state.auth && state.auth.token,
  session: () => state.session,
  connected: () => state.phase === 'active',
});

/** 办件材料 (protocol 5.49–5.59): checklist, documents, closing; the lead of a call only. */
const caseFile = new CaseFile({
  request: (type, body, sessionId) => request(type, body, sessionId),
  token: () => state.auth && state.auth.token,
  session: () => state.session,
  connected: () => state.phase === 'active',
  outcomeRecorded: () => !!state.session && state.session.outcomeRecorded,
  recordOutcomeFirst: () => outcome.open('closing'),
});

// ---------------------------------------------------------------- sign-in

function showLogin(messageKey, params) {
  show($('topbar'), false);
  show($('banner'), false);
  showView('login');
  const error = $('login-error');
  error.textContent = messageKey ? t(messageKey, params) : '';
  show(error, !!messageKey);
  $('login-username').focus();
}

$('login-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  ring.unlock();
  const username = $('login-username').value.trim();
  const password = $('login-password').value;
  if (!username || !password) {
    showLogin('login.missing');
    return;
  }
  const button = $('login-submit');
  button.disabled = true;
  button.textContent = t('login.busy');
  try {
    if (adminChosen()) {
      await signInAsAdmin(username, password);
      return;
    }
    const auth = await api.signIn(username, password);
    $('login-password').value = '';
    signedIn(auth);
  } catch (err) {
    const kind = err && err.kind;
    if (kind === 'unauthorized') showLogin('login.wrong');
    else if (kind === 'throttled') showLogin('login.throttled', {seconds: err.retryAfter});
    else if (kind === 'invalid') showLogin('login.missing');
    else if (kind === 'unreachable' || kind === 'timeout') showLogin('login.unreachable');
    else showLogin('login.server');
  } finally {
    button.disabled = false;
    button.textContent = t('login.submit');
  }
});

function signedIn(auth) {
  state.auth = auth;
  state.wanted = 'AWAY';
  state.presence = null;
  $('expert-name').textContent = auth.expert.displayName;
  renderSkills(auth.expert.skills);
  dashboard.setSkills(auth.expert.skills);
  dashboard.clearSummaries();
  show($('topbar'), true);
  showView('idle');
  renderPresence();
  state.signaling = new Signaling(() => state.auth.token, {
    onUp: linkUp,
    onDown: linkDown,
    onStopped: linkStopped,
    onMessage: received,
  });
  state.link = 'connecting';
  renderLink();
  state.signaling.start();
  loadRecent();
}

function renderSkills(skills) {
  const box = $('expert-skills');
  box.replaceChildren();
  for (const code of skills || []) {
    const span = document.createElement('span');
    span.className = 'skill';
    span.textContent = code;
    span.title = t('code.' + code) === 'code.' + code ? code : t('code.' + code);
    box.append(span);
  }
}

function signOut(messageKey) {
  if (state.session && (state.phase === 'connecting' || state.phase === 'active')) {
    state.signaling.send('session.end', {reason: 'HANGUP'}, state.session.id);
  }
  closeCall();
  ringView.hide();
  outcome.close();
  if (state.signaling) state.signaling.stop();
  state.signaling = null;
  state.session = null;
  state.phase = 'idle';
  api.forgetAuth();
  state.auth = null;
  show($('blocker'), false);
  showLogin(messageKey);
}

$('btn-logout').addEventListener('click', () => signOut('login.signedOut'));

async function loadRecent() {
  if (!state.auth) return;
  try {
    dashboard.setRecent('ok', await api.mySessions(state.auth.token));
  } catch (err) {
    if (err.kind === 'unauthorized') signOut('login.expired');
    else dashboard.setRecent(err.kind === 'missing' ? 'unavailable' : 'failed');
  }
}

// ---------------------------------------------------------------- connection

function linkUp() {
  state.link = 'up';
  renderLink();
  show($('blocker'), false);
  // A new connection starts AWAY (protocol 7.4); an expert who was taking calls goes on taking them.
  if (state.wanted === 'AVAILABLE' && state.phase === 'idle') {
    state.signaling.send('presence.set', {state: 'AVAILABLE'});
  }
  if (state.session && state.phase !== 'wrapup') {
    // Nothing comes back for a session that ended meanwhile unless we name it.
    state.signaling.resumeSession = state.session.id;
  }
}

function linkDown({code, attempt, retryInMs}) {
  state.link = 'down';
  state.presence = null;
  renderPresence();
  let text = retryInMs > 0 ? t('link.down', {attempt, seconds: Math.round(retryInMs / 1000)}) : t('link.downNow');
  if (KNOWN_CLOSE_CODES.includes(code)) text = t('link.closed.' + code) + ' ' + text;
  if (state.phase === 'connecting' || state.phase === 'active') text += ' ' + t('link.downInCall');
  $('banner-text').textContent = text;
  show($('banner'), true);
  renderLink();
}

$('banner-retry').addEventListener('click', () => state.signaling && state.signaling.reconnectNow());

function linkStopped(reason) {
  if (reason === 'expired') {
    signOut('login.expired');
    return;
  }
  state.link = 'down';
  renderLink();
  show($('banner'), false);
  $('blocker-text').textContent = t('link.superseded');
  $('blocker-next').textContent = t('link.supersededNext');
  $('blocker-action').textContent = t('action.reconnectHere');
  show($('blocker'), true);
}

$('blocker-action').addEventListener('click', () => {
  show($('blocker'), false);
  state.link = 'connecting';
  renderLink();
  state.signaling.reconnectNow();
});

function renderLink() {
  const node = $('link-state');
  node.dataset.up = String(state.link === 'up');
  node.textContent = t(state.link === 'up' ? 'link.up' : state.link === 'connecting' ? 'link.connecting' : 'link.downNow');
  if (state.link === 'up') show($('banner'), false);
}

// ---------------------------------------------------------------- presence

function renderPresence() {
  const node = $('presence-state');
  const p = state.presence;
  node.dataset.state = p || 'unknown';
  node.textContent = state.phase === 'wrapup' && state.session && state.session.wasAvailable
    ? t('presence.wrapupHint') : t(p ? 'presence.' + p : 'presence.unknown');
  $('btn-available').setAttribute('aria-pressed', String(state.wanted === 'AVAILABLE'));
  $('btn-away').setAttribute('aria-pressed', String(state.wanted === 'AWAY'));
  const connected = state.link === 'up';
  $('btn-available').disabled = !connected;
  $('btn-away').disabled = !connected;
}

async function setPresence(wanted) {
  ring.unlock();
  state.wanted = wanted;
  if (state.session && state.phase === 'wrapup') state.session.wasAvailable = false;
  renderPresence();
  try {
    await state.signaling.request('presence.set', {state: wanted});
  } catch (err) {
    notify(errorText(err), 'problem');
  }
}

$('btn-available').addEventListener('click', () => setPresence('AVAILABLE'));
$('btn-away').addEventListener('click', () => setPresence('AWAY'));

// ---------------------------------------------------------------- messages

function received(envelope) {
  const body = envelope.body || {};
  const sid = envelope.sessionId;
  const mine = state.session && sid === state.session.id;
  if (mine && PAIR_MESSAGES.has(envelope.type) && colleague.owns(body)) {
    if (envelope.type !== 'media.state') colleague.route(envelope.type, body);
    return;
  }
  switch (envelope.type) {
    case 'invite.state':
      if (mine) inviteState(body);
      break;
    case 'party.joined':
      if (mine && state.session) {
        colleague.open(sid, body.peer, {offerer: body.sdpRole === 'OFFERER', media: state.media, iceServers: state.session.iceServers});
      }
      break;
    case 'party.left':
      if (mine && colleague.present()) {
        const name = colleague.name();
        colleague.close();
        if (!state.session.guest) notify(t('colleague.left', {name}), 'info', {key: 'invite'});
      }
      break;
    case 'presence.state':
      state.presence = body.state;
      renderPresence();
      break;
    case 'queue.summary':
      dashboard.onSummary(body);
      break;
    case 'ring':
      rung(sid, body);
      break;
    case 'ring.timeout':
      if (ringView.sessionId() === sid) ringGone();
      state.wanted = 'AWAY';
      renderPresence();
      notify(t('ring.timeout'), 'warn', {sticky: true, key: 'ring'});
      break;
    case 'ring.cancelled':
      if (ringView.sessionId() === sid) {
        ringGone();
        const key = body.reason === 'DISCONNECTED' ? 'ring.cancelledDisconnected'
          : body.reason === 'SERVER_SHUTDOWN' ? 'ring.cancelledShutdown' : 'ring.cancelled';
        notify(t(key), 'info', {key: 'ring'});
      }
      break;
    case 'session.established':
      established(sid, body);
      break;
    case 'session.resumed':
      resumed(sid, body);
      break;
    case 'session.state':
      if (mine && body.phase === 'ACTIVE' && state.phase === 'connecting') setPhase('active');
      break;
    case 'sdp.offer':
      if (mine && state.call) state.call.onOffer(body.sdp);
      break;
    case 'sdp.answer':
      if (mine && state.call) state.call.onAnswer(body.sdp);
      break;
    case 'ice.candidate':
      if (mine && state.call) state.call.onCandidate(body);
      break;
    case 'ice.restart':
      if (mine && state.call) state.call.offerIceRestart();
      break;
    case 'media.state':
      if (mine) callView.setKioskMedia(body);
      break;
    case 'chat':
      if (mine && body.from === 'EXPERT' && body.fromId && state.auth && body.fromId !== state.auth.expert.id) {
        callView.addChat('note', (colleague.name() || body.fromId) + '：' + body.text);
        break;
      }
      if (mine) callView.addChat(body.from === 'EXPERT' ? 'EXPERT' : 'KIOSK', body.text, body.sentAt);
      break;
    case 'peer.state':
      if (mine) peerState(body);
      break;
    case 'session.ended':
      if (mine) ended(body);
      break;
    case 'verify.state':
      if (mine) verification.onState(body);
      break;
    case 'materials.state':
      if (mine) caseFile.onMaterials(body);
      break;
    case 'document.state':
      if (mine) caseFile.onDocument(body);
      break;
    case 'closing.state':
      if (mine) caseFile.onClosing(body);
      break;
    case 'error':
      serverError(envelope);
      break;
    default:
      break;
  }
}

function serverError(envelope) {
  const type = envelope.id ? state.signaling && sentType(envelope.id) : null;
  if (type === 'session.transfer' && transfer.refused(envelope.id, envelope.body)) return;
  if (type && QUIET_ERRORS.has(type)) {
    console.warn('signaling: refused', type, envelope.body && envelope.body.code);
    return;
  }
  // Errors that answer a request() are shown by whoever asked.
  if (type && ['ring.accept', 'presence.set', 'outcome.submit', 'session.invite', 'verify.start', 'verify.review',
    'materials.mark', 'document.request', 'document.review', 'closing.request'].includes(type)) return;
  const code = envelope.body && envelope.body.code;
  if (code && code.startsWith('TOKEN_')) return; // the connection is closed and retried with a new ticket
  notify(errorText(envelope.body), 'problem');
}

// Which message type an id was (for telling noise from problems in `error`).
const sentTypes = new Map();
function sentType(id) {
  return sentTypes.get(id);
}
function send(type, body, sessionId) {
  const id = state.signaling ? state.signaling.send(type, body, sessionId) : null;
  if (id) {
    sentTypes.set(id, type);
    if (sentTypes.size > 500) sentTypes.delete(sentTypes.keys().next().value);
  }
  return id;
}
async function request(type, body, sessionId) {
  const promise = state.signaling.request(type, body, sessionId);
  sentTypes.set('c-' + state.signaling.counter, type);
  return promise;
}

// ---------------------------------------------------------------- ring

function rung(sessionId, body) {
  state.phaseBeforeRing = state.phase === 'wrapup' ? 'wrapup' : 'idle';
  state.phase = 'ringing';
  clearNotice('ring');
  ringView.show(sessionId, body);
}

function ringGone() {
  ringView.hide();
  state.phase = state.phaseBeforeRing;
  if (state.media && state.phase !== 'connecting') {
    stopMedia(state.media);
    state.media = null;
  }
}

async function accept() {
  const sessionId = ringView.sessionId();
  if (!sessionId || state.phase !== 'ringing') return;
  ring.unlock();
  ringView.busy();
  ring.stopTone();
  state.pendingRequest = ringView.request();
  // Camera and microphone open while the server pairs us: the kiosk's offer waits for them.
  state.media = openDevices();
  try {
    await request('ring.accept', null, sessionId);
  } catch (err) {
    if (ringView.sessionId() === sessionId) ringGone();
    const code = err && err.code;
    notify(code === 'NOT_IN_SESSION' || code === 'INVALID_STATE' ? t('ring.gone') : errorText(err), 'warn');
  }
}

function decline() {
  const sessionId = ringView.sessionId();
  if (!sessionId || state.phase !== 'ringing') return;
  send('ring.decline', null, sessionId);
  ringGone();
}

// ---------------------------------------------------------------- call

function setPhase(phase) {
  state.phase = phase;
  callView.setPhase(phase);
  renderPresence();
  verification.render();
  caseFile.render();
}

function established(sessionId, body) {
  ringView.hide();
  if (state.session && state.phase === 'wrapup') {
    notify(t('outcome.err.late'), 'warn');
  }
  state.session = {
    id: sessionId,
    request: body.request || state.pendingRequest || {},
    peer: body.peer || {},
    iceServers: body.iceServers || [],
    // Invited into someone else's call (three parties): the lead records the outcome.
    guest: Array.isArray(body.others) && body.others.length > 0,
    outcomeRecorded: false,
  };
  state.signaling.resumeSession = sessionId;
  outcome.reset();
  callView.reset(state.session.request, state.session.peer);
  verification.reset(sessionId);
  showView('call');
  setPhase('connecting');
  caseFile.reset(state.session.guest ? null : sessionId);
  startCall(sessionId, body.iceServers);
  callView.setGuest(state.session.guest);
  if (state.session.guest) {
    // The session is ACTIVE already; no session.state comes for a guest.
    setPhase('active');
    // The lead offers to us as well: one more answering peer connection, to the lead.
    colleague.open(sessionId, body.others[0], {offerer: false, media: state.media, iceServers: body.iceServers});
  }
}

function startCall(sessionId, iceServers) {
  if (!state.media) state.media = openDevices();
  const media = state.media;
  media.then(({stream, problems}) => {
    if (state.session && state.session.id === sessionId) {
      callView.setSelfStream(stream);
      callView.setControls({
        hasAudio: !!(stream && stream.getAudioTracks().length),
        hasVideo: !!(stream && stream.getVideoTracks().length),
      });
      for (const p of problems) {
        const key = {denied: 'call.devicesDenied', nocamera: 'call.noCamera', nomic: 'call.noMic', nodevices: 'call.noDevices', insecure: 'call.insecure'}[p];
        notify(t(key), p === 'nocamera' ? 'warn' : 'problem', {sticky: true, key: 'devices'});
      }
    }
  });
  state.call = new Call({
    iceServers,
    media,
    // A guest addresses everything to the kiosk (the server needs `to` in a three-party call).
    send: (type, body) => send(type, state.session && state.session.guest && state.session.peer.id
      ? {...(body || {}), to: state.session.peer.id} : body, sessionId),
    events: {
      onRemoteTrack: (kind, stream) => {
        if (kind === 'camera') callView.setKioskStream(stream);
        else callView.setKioskScreen(stream);
      },
      onRemoteTrackGone: (kind) => {
        if (kind === 'screen') callView.setKioskScreen(null);
      },
      onConnection: (connection) => {
        if (connection === 'disconnected' || connection === 'failed') callView.alert(t('call.mediaRecovering'));
        else if (connection === 'connected') callView.alert(state.kioskAway ? t('call.kioskAway') : null);
      },
      onFirstConnected: () => send('peer.connected', null, sessionId),
      onControl: control,
      onMediaState: (media) => callView.setControls({sharing: media.screen}),
    },
  });
  state.meter = new QualityMeter();
  clearInterval(state.qualityTimer);
  state.qualityTimer = setInterval(sampleQuality, QUALITY_EVERY_MS);
}

async function sampleQuality() {
  const call = state.call;
  if (!call || call.closed) return;
  const connectionState = call.pc.connectionState;
  try {
    const sample = connectionState === 'new' || connectionState === 'connecting' ? null : await state.meter.sample(call.pc);
    const level = judge(sample, {connectionState, expectVideo: callView.kioskMedia.video !== false});
    state.quality = {level, sample};
    callView.setQuality(connectionState === 'new' || connectionState === 'connecting' ? null : level, sample);
  } catch (e) {
    // the call closed under us
  }
}

function control(message) {
  if (message.type === 'screen.share.state') {
    callView.setControls({kioskScreen: !!message.on});
    if (message.problem === 'UNAVAILABLE') notify(t('call.kioskScreenUnavailable'), 'warn');
    else if (message.problem) notify(t('call.kioskScreenFailed'), 'warn');
  } else if (message.type === 'chat' && typeof message.text === 'string') {
    callView.addChat('KIOSK', message.text.slice(0, 2000));
  }
}

function peerState(body) {
  if (body.role !== 'KIOSK') return;
  state.kioskAway = !body.connected;
  callView.alert(body.connected ? null : t('call.kioskAway'));
  if (body.connected) {
    notify(t('call.kioskBack'), 'info');
    if (state.call) state.call.recoverIfDown();
  }
}

function resumed(sessionId, body) {
  notify(t('link.resumed'), 'info', {key: 'resumed'});
  if (body.phase !== 'CONNECTING' && body.phase !== 'ACTIVE') return;
  state.kioskAway = body.peerConnected === false;
  if (state.session && state.session.id === sessionId && state.call) {
    state.call.setIceServers(body.iceServers);
    state.session.iceServers = body.iceServers || [];
    colleague.setIceServers(body.iceServers);
    const others = Array.isArray(body.others) ? body.others : [];
    if (colleague.present() && !others.some((p) => p.id === colleague.peer.id)) colleague.close();
    else if (!colleague.present() && others.length && !state.session.guest) {
      colleague.open(sessionId, others[0], {offerer: true, media: state.media, iceServers: body.iceServers});
    }
    setTimeout(() => colleague.recoverIfDown(), 1500);
    if (body.request) {
      state.session.request = body.request;
      callView.request = body.request;
      callView.renderCase();
    }
    if (body.phase === 'ACTIVE' && state.phase === 'connecting') setPhase('active');
    callView.alert(state.kioskAway ? t('call.kioskAway') : null);
    // Held messages follow at once; if the media is still down after them, restart ICE.
    setTimeout(() => state.call && state.call.recoverIfDown(), 1500);
    return;
  }
  // The page was reloaded in a call: rebuild the case panel and try to recover the media.
  state.session = {id: sessionId, request: body.request || {}, peer: body.peer || {}, outcomeRecorded: false};
  state.signaling.resumeSession = sessionId;
  callView.reset(state.session.request, state.session.peer);
  verification.reset(sessionId); // the panel comes back with the next verify.state (README: limitations)
  caseFile.reset(sessionId); // read again from GET .../case-file
  showView('call');
  setPhase(body.phase === 'ACTIVE' ? 'active' : 'connecting');
  startCall(sessionId, body.iceServers);
  state.call.gotFirstOffer = true;
  state.call.addOwnMedia();
  state.call.askIceRestart();
  setTimeout(() => {
    if (state.call && state.session && state.session.id === sessionId && state.call.pc.connectionState !== 'connected') {
      callView.alert(t('call.mediaLost'));
    }
  }, 20000);
}

function closeCall() {
  verification.end();
  caseFile.end();
  colleague.close();
  clearInterval(state.qualityTimer);
  state.qualityTimer = null;
  if (state.call) state.call.close();
  state.call = null;
  if (state.media) stopMedia(state.media);
  state.media = null;
  state.kioskAway = false;
  callView.setSelfStream(null);
}

function stopMedia(media) {
  media.then(({stream}) => stream && stream.getTracks().forEach((track) => track.stop()));
}

function endCallPressed() {
  if (state.phase !== 'connecting' && state.phase !== 'active') return;
  if (state.session && state.session.guest) {
    // A guest only leaves; the call goes on between the kiosk and the lead.
    send('session.end', {reason: 'HANGUP'}, state.session.id);
    return;
  }
  outcome.open('call');
}

async function submitOutcome(body, mode) {
  const session = state.session;
  if (!session) return;
  try {
    await request('outcome.submit', body, session.id);
  } catch (err) {
    const code = err && err.code;
    if (code === 'UNKNOWN_TYPE') throw t('outcome.err.unsupported');
    if (code === 'NOT_IN_SESSION') throw t('outcome.err.late');
    if (code === 'NOT_CONNECTED' || code === 'NO_REPLY') throw t('outcome.err.offline');
    throw t('outcome.err.failed', {reason: errorText(err)});
  }
  session.outcomeRecorded = true;
  notify(t('outcome.recorded', {outcome: t('outcome.' + body.outcome)}), 'info');
  if (mode === 'closing' && state.phase === 'active') {
    caseFile.requestClosing();
  } else if (mode === 'call' && (state.phase === 'connecting' || state.phase === 'active')) {
    send('session.end', {reason: 'HANGUP'}, session.id);
  } else if (state.phase === 'wrapup') {
    finishWrapup();
  }
}

function hangUpOnly() {
  const session = state.session;
  if (!session || (state.phase !== 'connecting' && state.phase !== 'active')) return;
  // Wrap-up follows: no ring may come in before the outcome is recorded.
  session.wasAvailable = state.wanted === 'AVAILABLE';
  if (session.wasAvailable) send('presence.set', {state: 'AWAY'});
  send('session.end', {reason: 'HANGUP'}, session.id);
}

function ended(body) {
  const session = state.session;
  closeCall();
  outcome.close();
  state.signaling.resumeSession = null;
  if (session.guest) session.outcomeRecorded = true; // the lead records the outcome
  if (body.reason === 'TRANSFERRED') {
    // Handed over: the outcome TRANSFERRED was recorded before asking, so no wrap-up.
    notify(t('transfer.done', {target: transfer.done()}), 'info');
    session.outcomeRecorded = true;
  }
  if (session.outcomeRecorded) {
    finishWrapup();
    return;
  }
  // Wrap-up: the case panel stays; no ring interrupts until the outcome is recorded.
  if (session.wasAvailable === undefined) {
    session.wasAvailable = state.wanted === 'AVAILABLE';
    if (session.wasAvailable) send('presence.set', {state: 'AWAY'});
  }
  session.endedBy = body.by;
  session.reason = body.reason;
  state.phase = 'wrapup';
  callView.showWrapup({byKiosk: body.by === 'KIOSK', reason: body.reason, wasAvailable: session.wasAvailable});
  renderPresence();
  outcome.open('wrapup');
}

function finishWrapup() {
  const session = state.session;
  state.session = null;
  state.phase = 'idle';
  outcome.close();
  outcome.reset();
  showView('idle');
  if (session && session.wasAvailable) {
    state.wanted = 'AVAILABLE';
    send('presence.set', {state: 'AVAILABLE'});
  }
  renderPresence();
  setTimeout(loadRecent, 300);
}

$('wrapup-record').addEventListener('click', () => outcome.open('wrapup'));
$('wrapup-skip').addEventListener('click', () => {
  if (window.confirm(t('outcome.skipConfirm'))) finishWrapup();
});
$('btn-end').addEventListener('click', endCallPressed);
/** The lead invites a colleague into the call (session.invite); the reply is invite.state RINGING. */
async function invite(target) {
  const session = state.session;
  if (!session || state.phase !== 'active') {
    transferDialog.failed(t('transfer.notActive'));
    return;
  }
  const body = target.toSkill ? {toSkill: target.toSkill} : {toExpert: target.toExpert};
  if (target.note) body.note = target.note;
  try {
    await request('session.invite', body, session.id);
  } catch (err) {
    const code = err && err.code;
    transferDialog.failed(code === 'TARGET_UNAVAILABLE' ? t('invite.unavailable')
      : code === 'INVALID_STATE' ? t('invite.busy') : t('invite.failed', {reason: errorText(err)}));
    return;
  }
  transferDialog.close();
}

function inviteState(body) {
  const name = (body.expert && body.expert.displayName) || '';
  if (body.state === 'RINGING') notify(t('invite.sent', {name}), 'info', {key: 'invite'});
  else notify(t('invite.' + body.state, {name}), body.state === 'JOINED' ? 'info' : 'warn', {key: 'invite'});
}

$('btn-invite').addEventListener('click', () => {
  if (state.phase !== 'active') {
    notify(t('transfer.notActive'), 'warn');
    return;
  }
  transferDialog.open('invite');
});

$('btn-transfer').addEventListener('click', () => {
  if (state.phase !== 'active') {
    notify(t('transfer.notActive'), 'warn');
    return;
  }
  transferDialog.open('transfer');
});

const {toggleMute, toggleCamera} = installCallControls({
  call: () => state.call,
  session: () => state.session,
  callView,
  send: (type, body, sessionId) => send(type, body, sessionId),
});

// ---------------------------------------------------------------- keyboard, language

document.addEventListener('keydown', (e) => {
  ring.unlock();
  if (!e.altKey || e.ctrlKey || e.metaKey) return;
  const actions = {
    KeyA: () => state.phase === 'ringing' && accept(),
    KeyD: () => state.phase === 'ringing' && decline(),
    KeyM: toggleMute,
    KeyV: toggleCamera,
    KeyE: endCallPressed,
  };
  const action = actions[e.code];
  if (action) {
    e.preventDefault();
    action();
  }
});
document.addEventListener('pointerdown', () => ring.unlock());

function switchLanguage() {
  setLanguage(language() === 'zh-CN' ? 'en' : 'zh-CN');
}
$('btn-lang').addEventListener('click', switchLanguage);
$('login-lang').addEventListener('click', switchLanguage);
window.addEventListener('languagechange-console', () => {
  dashboard.rerender();
  callView.rerender();
  verification.render();
  caseFile.render();
  if (caseFile.viewer.document) caseFile.viewer.render();
  ringView.render();
  renderPresence();
  renderLink();
  if (state.auth) renderSkills(state.auth.expert.skills);
  if (outcome.isOpen()) outcome.refresh();
  $('login-submit').textContent = t('login.submit');
});

// ---------------------------------------------------------------- start

apply(document);
installTestHook({
  phase: () => state.phase,
  presence: () => state.presence,
  link: () => state.link,
  call: () => state.call,
  quality: () => state.quality,
  signaling: () => state.signaling,
  colleague: () => colleague,
  verification: () => verification.snapshot(),
  caseFile: () => caseFile.snapshot(),
});
const saved = api.savedAuth();
if (saved) signedIn(saved);
else showLogin();
