// The call's media: one RTCPeerConnection, the expert as the polite ANSWERER (protocol 8.1).
// - The kiosk makes the first offer; own tracks are added when it arrives (addTrack then reuses
//   the transceivers the kiosk offered), and no offer of ours goes out before it.
// - Perfect negotiation afterwards (screen share both ways): a colliding kiosk offer wins; ours is
//   rolled back by setRemoteDescription and sent again on the next negotiationneeded.
// - The pre-negotiated "control" data channel {negotiated: true, id: 0}; messages sent before it
//   opens are kept and sent when it opens (protocol 8.6).
// - Stream ids label tracks on the wire: browsers cannot name a MediaStream, so the outgoing SDP
//   carries our streams' random ids replaced by "camera" and "screen" (they only label tracks
//   for the receiver; the local description is left untouched).
// - Remote candidates are buffered until the remote description is set.
// - ICE restart: asked of the kiosk (ice.restart) when the connection is disconnected for 3 s
//   or failed, and again every 10 s while it stays down.
// Standard APIs only (Chromium and Firefox).

const DISCONNECTED_GRACE_MS = 3000;
const RESTART_EVERY_MS = 10000;

export class Call {
  /**
   * @param {object} options iceServers, media (Promise of {stream, problems}), send(type, body),
   *     events: {onRemoteTrack(kind, stream), onRemoteTrackGone(kind), onConnection(state),
   *     onFirstConnected(), onControl(message), onMediaState(state)}; offerer: true for the pair
   *     in which this side offers first and is the impolite peer (the lead toward an invited
   *     colleague, protocol 8.7); ownsMedia: false when the local tracks are shared with another
   *     call and must outlive this one
   */
  constructor({iceServers, media, send, events, offerer = false, ownsMedia = true}) {
    this.send = send;
    this.offerer = offerer;
    this.ownsMedia = ownsMedia;
    this.events = events;
    this.media = media;
    this.pc = new RTCPeerConnection({iceServers: iceServers || [], bundlePolicy: 'max-bundle'});
    this.control = this.pc.createDataChannel('control', {negotiated: true, id: 0});
    this.controlQueue = [];
    this.control.onopen = () => {
      for (const text of this.controlQueue.splice(0)) this.control.send(text);
    };
    this.control.onmessage = (event) => {
      let message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      if (message && typeof message.type === 'string') this.events.onControl(message);
    };
    this.chain = Promise.resolve();
    this.gotFirstOffer = false;
    this.makingOffer = false;
    this.pendingCandidates = [];
    this.localStream = null;
    this.screenStream = null;
    this.screenSender = null;
    this.everConnected = false;
    this.closed = false;
    this.restartTimer = null;
    this.remote = {camera: null, screen: null};
    this.mediaState = {audio: false, video: false, screen: false};
    this.muted = false;
    this.cameraOff = false;

    this.pc.onicecandidate = ({candidate}) => {
      if (candidate) {
        const body = {candidate: candidate.candidate};
        if (candidate.sdpMid != null) body.sdpMid = candidate.sdpMid;
        if (candidate.sdpMLineIndex != null) body.sdpMLineIndex = candidate.sdpMLineIndex;
        if (candidate.usernameFragment) body.usernameFragment = candidate.usernameFragment;
        this.send('ice.candidate', body);
      }
    };
    this.pc.onnegotiationneeded = () => this.negotiate();
    this.pc.ontrack = (event) => this.remoteTrack(event);
    this.pc.onconnectionstatechange = () => this.connectionChanged();
    if (offerer) {
      // Our tracks go in at once; negotiationneeded then sends the pair's first offer.
      this.gotFirstOffer = true;
      this.queue(() => this.addOwnMedia());
    }
  }

  /** Runs signaling work one piece at a time, in order. */
  queue(work) {
    this.chain = this.chain.then(work).catch((e) => console.warn('call: negotiation step failed', e && e.name));
    return this.chain;
  }

  onOffer(sdp) {
    return this.queue(async () => {
      if (this.closed) return;
      // Impolite (offerer) side: a colliding offer is ignored, ours stands.
      if (this.offerer && (this.makingOffer || this.pc.signalingState !== 'stable')) return;
      // Polite peer: an incoming offer always wins; setRemoteDescription rolls ours back.
      await this.pc.setRemoteDescription({type: 'offer', sdp});
      if (!this.gotFirstOffer) {
        this.gotFirstOffer = true;
        await this.addOwnMedia();
      }
      await this.flushCandidates();
      await this.pc.setLocalDescription();
      this.send('sdp.answer', {sdp: this.relabel(this.pc.localDescription.sdp)});
    });
  }

  onAnswer(sdp) {
    return this.queue(async () => {
      if (this.closed || this.pc.signalingState !== 'have-local-offer') return;
      await this.pc.setRemoteDescription({type: 'answer', sdp});
      await this.flushCandidates();
    });
  }

  onCandidate(body) {
    return this.queue(async () => {
      if (this.closed) return;
      if (!this.pc.remoteDescription) {
        this.pendingCandidates.push(body);
        return;
      }
      await this.addCandidate(body);
    });
  }

  async flushCandidates() {
    for (const body of this.pendingCandidates.splice(0)) await this.addCandidate(body);
  }

  async addCandidate(body) {
    try {
      await this.pc.addIceCandidate(body.candidate === '' ? {candidate: '', sdpMid: body.sdpMid, sdpMLineIndex: body.sdpMLineIndex} : body);
    } catch (e) {
      // A candidate for a generation that is gone (after an ICE restart) is harmless.
    }
  }

  async negotiate() {
    // No offer of ours before the kiosk's first one (NOT_OFFERER); our tracks go in with the answer.
    if (!this.gotFirstOffer || this.closed) return;
    this.queue(async () => {
      if (this.pc.signalingState !== 'stable') return;
      try {
        this.makingOffer = true;
        await this.pc.setLocalDescription();
        this.send('sdp.offer', {sdp: this.relabel(this.pc.localDescription.sdp)});
      } finally {
        this.makingOffer = false;
      }
    });
  }

  async addOwnMedia() {
    const {stream} = await this.media;
    this.localStream = stream;
    if (stream) {
      for (const track of stream.getTracks()) this.pc.addTrack(track, stream);
    }
    this.sendMediaState();
  }

  relabel(sdp) {
    let out = sdp;
    if (this.localStream) out = out.split(this.localStream.id).join('camera');
    if (this.screenStream) out = out.split(this.screenStream.id).join('screen');
    return out;
  }

  remoteTrack(event) {
    const stream = event.streams && event.streams[0];
    const kind = stream && stream.id === 'screen' ? 'screen' : 'camera';
    const track = event.track;
    if (kind === 'camera') {
      if (!this.remote.camera) this.remote.camera = new MediaStream();
      this.remote.camera.addTrack(track);
      this.events.onRemoteTrack('camera', this.remote.camera);
    } else if (track.kind === 'video') {
      this.remote.screen = new MediaStream([track]);
      this.events.onRemoteTrack('screen', this.remote.screen);
      const gone = () => {
        if (this.remote.screen && this.remote.screen.getVideoTracks()[0] === track) {
          this.remote.screen = null;
          this.events.onRemoteTrackGone('screen');
        }
      };
      track.addEventListener('ended', gone);
      if (stream) stream.addEventListener('removetrack', (e) => { if (e.track === track) gone(); });
    }
  }

  connectionChanged() {
    const state = this.pc.connectionState;
    this.events.onConnection(state);
    if (state === 'connected') {
      clearTimeout(this.restartTimer);
      this.restartTimer = null;
      if (!this.everConnected) {
        this.everConnected = true;
        this.events.onFirstConnected();
      }
    } else if (state === 'failed') {
      this.askIceRestart();
    } else if (state === 'disconnected') {
      clearTimeout(this.restartTimer);
      this.restartTimer = setTimeout(() => {
        if (this.pc.connectionState === 'disconnected') this.askIceRestart();
      }, DISCONNECTED_GRACE_MS);
    }
  }

  /** Media down: the kiosk (the offerer) is asked for an ICE-restart offer; repeated while down. */
  askIceRestart() {
    if (this.closed || !this.gotFirstOffer) return;
    if (this.offerer) this.offerIceRestart();
    else this.send('ice.restart', null);
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => {
      if (!this.closed && this.pc.connectionState !== 'connected') this.askIceRestart();
    }, RESTART_EVERY_MS);
  }

  /** The kiosk asked us (ice.restart) for an offer that restarts ICE. */
  offerIceRestart() {
    if (!this.gotFirstOffer || this.closed) return;
    this.queue(async () => {
      if (this.pc.signalingState !== 'stable') return;
      await this.pc.setLocalDescription(await this.pc.createOffer({iceRestart: true}));
      this.send('sdp.offer', {sdp: this.relabel(this.pc.localDescription.sdp), iceRestart: true});
    });
  }

  /** Signaling came back, or the kiosk did: restart ICE if the media did not survive. */
  recoverIfDown() {
    const state = this.pc.connectionState;
    if (this.gotFirstOffer && state !== 'connected' && state !== 'closed') this.askIceRestart();
  }

  setIceServers(iceServers) {
    try {
      this.pc.setConfiguration({...this.pc.getConfiguration(), iceServers: iceServers || []});
    } catch (e) {
      console.warn('call: new ICE servers not applied', e && e.name);
    }
  }

  setMuted(muted) {
    this.muted = muted;
    if (this.localStream) for (const t of this.localStream.getAudioTracks()) t.enabled = !muted;
    this.sendMediaState();
  }

  setCameraOff(off) {
    this.cameraOff = off;
    if (this.localStream) for (const t of this.localStream.getVideoTracks()) t.enabled = !off;
    this.sendMediaState();
  }

  hasAudio() {
    return !!(this.localStream && this.localStream.getAudioTracks().length);
  }

  hasVideo() {
    return !!(this.localStream && this.localStream.getVideoTracks().length);
  }

  /** Shares the expert's screen as a second video track in stream "screen" (a renegotiation). */
  startScreenShare(stream) {
    const track = stream.getVideoTracks()[0];
    this.screenStream = stream;
    this.screenSender = this.pc.addTrack(track, stream);
    track.addEventListener('ended', () => this.stopScreenShare());
    this.sendMediaState();
  }

  stopScreenShare() {
    if (!this.screenStream) return;
    for (const t of this.screenStream.getTracks()) t.stop();
    if (this.screenSender && !this.closed) {
      try { this.pc.removeTrack(this.screenSender); } catch (e) { /* closed */ }
    }
    this.screenSender = null;
    this.screenStream = null;
    this.sendMediaState();
  }

  sharingScreen() {
    return !!this.screenStream;
  }

  sendMediaState() {
    if (this.closed) return;
    const state = {
      audio: this.hasAudio() && !this.muted,
      video: this.hasVideo() && !this.cameraOff,
      screen: !!this.screenStream,
    };
    this.mediaState = state;
    this.send('media.state', state);
    if (this.events.onMediaState) this.events.onMediaState(state);
  }

  sendControl(message) {
    const text = JSON.stringify(message);
    if (this.control.readyState === 'open') this.control.send(text);
    else this.controlQueue.push(text);
  }

  /** framesDecoded of the kiosk's camera and screen video (for the test hook). */
  async receivedFrames() {
    const result = {camera: 0, screen: 0};
    for (const kind of ['camera', 'screen']) {
      const stream = this.remote[kind];
      const track = stream && stream.getVideoTracks()[0];
      if (!track) continue;
      const receiver = this.pc.getReceivers().find((r) => r.track === track);
      if (!receiver) continue;
      const report = await receiver.getStats();
      report.forEach((s) => {
        if (s.type === 'inbound-rtp' && s.kind === 'video') result[kind] += s.framesDecoded || 0;
      });
    }
    return result;
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.restartTimer);
    if (this.screenStream) for (const t of this.screenStream.getTracks()) t.stop();
    if (this.localStream && this.ownsMedia) for (const t of this.localStream.getTracks()) t.stop();
    try { this.control.close(); } catch (e) { /* already */ }
    this.pc.close();
  }
}

/**
 * Opens the camera and microphone. What is missing or refused is reported, and the call goes on
 * with what there is (audio only, video only, or receive only).
 * @returns {Promise<{stream: MediaStream|null, problems: string[]}>} problems: 'denied' | 'nocamera' | 'nomic' | 'nodevices' | 'insecure'
 */
export async function openDevices() {
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    return {stream: null, problems: ['insecure']};
  }
  const video = {width: {ideal: 1280}, height: {ideal: 720}, frameRate: {ideal: 30}};
  const audio = {echoCancellation: true, noiseSuppression: true};
  const attempts = [{audio, video}, {audio, video: false}, {audio: false, video}];
  let denied = false;
  for (const constraints of attempts) {
    try {
      const stream = await navigator.mediaDevices.getUserMedia(constraints);
      const problems = [];
      if (!constraints.video) problems.push(denied ? 'denied' : 'nocamera');
      if (!constraints.audio) problems.push(denied ? 'denied' : 'nomic');
      return {stream, problems: [...new Set(problems)]};
    } catch (e) {
      if (e && (e.name === 'NotAllowedError' || e.name === 'SecurityError')) {
        denied = true;
        break;
      }
    }
  }
  return {stream: null, problems: [denied ? 'denied' : 'nodevices']};
}
