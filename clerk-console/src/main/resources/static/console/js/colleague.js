// The second expert of a three-party call (一件事 across departments, protocol 5.36-5.39 and 8.7):
// one more peer connection, to the invited colleague (when this console is the lead: it offers
// first, impolite) or to the lead (when this console is the invited colleague: it answers). The
// kiosk pair stays in app.js's main Call. Every message of this pair carries `to`, and what comes
// back is told apart by `from`.

import {Call} from './call.js';

export class Colleague {
  /**
   * @param deps send(type, body, sessionId), onStream(stream|null, name), onGone(name)
   */
  constructor(deps) {
    this.deps = deps;
    this.call = null;
    this.peer = null;
    this.sessionId = null;
  }

  /**
   * Opens the pair's peer connection.
   * @param peer {id, displayName} of the other expert; offerer: whether this side offers first
   */
  open(sessionId, peer, {offerer, media, iceServers}) {
    this.close();
    this.sessionId = sessionId;
    this.peer = peer;
    const to = peer.id;
    this.call = new Call({
      iceServers,
      media,
      offerer,
      ownsMedia: false,
      send: (type, body) => this.deps.send(type, {...(body || {}), to}, sessionId),
      events: {
        onRemoteTrack: (kind, stream) => {
          if (kind === 'camera') this.deps.onStream(stream, peer.displayName);
        },
        onRemoteTrackGone: () => {},
        onConnection: () => {},
        onFirstConnected: () => {},
        onControl: () => {},
      },
    });
  }

  /** Whether a relayed message belongs to this pair (its `from` is the colleague). */
  owns(body) {
    return !!(this.call && this.peer && body && body.from === this.peer.id);
  }

  route(type, body) {
    const call = this.call;
    if (type === 'sdp.offer') call.onOffer(body.sdp);
    else if (type === 'sdp.answer') call.onAnswer(body.sdp);
    else if (type === 'ice.candidate') call.onCandidate(body);
    else if (type === 'ice.restart') call.offerIceRestart();
  }

  present() {
    return !!this.call;
  }

  name() {
    return this.peer ? this.peer.displayName : '';
  }

  setIceServers(iceServers) {
    if (this.call) this.call.setIceServers(iceServers);
  }

  recoverIfDown() {
    if (this.call) this.call.recoverIfDown();
  }

  /** framesDecoded of the colleague's camera, for the test hook. */
  async frames() {
    return this.call ? (await this.call.receivedFrames()).camera : 0;
  }

  close() {
    if (this.call) this.call.close();
    const had = this.peer;
    this.call = null;
    this.peer = null;
    if (had) this.deps.onStream(null, had.displayName);
  }
}
