// The in-call controls: mute, camera, sharing the expert's screen, asking for the kiosk's screen,
// chat and screen prompts. Each acts on the current call (none: the click does nothing, the
// buttons are hidden outside a call anyway).

import {$} from './ui/dom.js';
import {t} from './i18n.js';
import {notify} from './ui/notices.js';

/**
 * @param deps call() -> the current Call or null, session() -> the current session or null,
 *     callView, send(type, body, sessionId) -> id or null
 * @returns {{toggleMute: Function, toggleCamera: Function}} for the keyboard shortcuts
 */
export function installCallControls({call: currentCall, session: currentSession, callView, send}) {
  function toggleMute() {
    if (!currentCall() || !currentCall().hasAudio()) return;
    currentCall().setMuted(!currentCall().muted);
    callView.setControls({muted: currentCall().muted});
  }

  function toggleCamera() {
    if (!currentCall() || !currentCall().hasVideo()) return;
    currentCall().setCameraOff(!currentCall().cameraOff);
    callView.setControls({cameraOff: currentCall().cameraOff});
  }

  $('btn-mute').addEventListener('click', toggleMute);
  $('btn-camera').addEventListener('click', toggleCamera);

  $('btn-share').addEventListener('click', async () => {
    const call = currentCall();
    if (!call) return;
    if (call.sharingScreen()) {
      call.stopScreenShare();
      return;
    }
    if (!navigator.mediaDevices || !navigator.mediaDevices.getDisplayMedia) {
      notify(t('call.shareUnsupported'), 'problem');
      return;
    }
    try {
      const stream = await navigator.mediaDevices.getDisplayMedia({video: true, audio: false});
      if (currentCall() === call) call.startScreenShare(stream);
      else stream.getTracks().forEach((track) => track.stop());
    } catch (e) {
      notify(t('call.shareDenied'), 'warn');
    }
  });

  $('btn-kiosk-screen').addEventListener('click', () => {
    if (!currentCall()) return;
    const on = !callView.state.kioskScreen;
    currentCall().sendControl({type: 'screen.share', on});
    if (on) callView.addChat('note', t('call.kioskScreenAsked'));
    else {
      callView.setControls({kioskScreen: false});
      callView.setKioskScreen(null);
    }
  });

  $('chat-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = $('chat-input');
    const text = input.value.trim().slice(0, 2000);
    if (!text || !currentSession() || !currentCall()) return;
    if (send('chat', {text}, currentSession().id)) {
      callView.addChat('EXPERT', text);
      input.value = '';
    } else {
      notify(t('chat.notSent'), 'warn');
    }
  });

  $('prompt-send').addEventListener('click', () => {
    const input = $('chat-input');
    const text = input.value.trim().slice(0, 2000);
    if (!text || !currentCall()) return;
    currentCall().sendControl({type: 'prompt', text});
    callView.addChat('note', t('chat.promptShown', {text}));
    input.value = '';
  });

  $('prompt-clear').addEventListener('click', () => {
    if (currentCall()) currentCall().sendControl({type: 'prompt.clear'});
  });

  return {toggleMute, toggleCamera};
}
