// The transfer dialog (转办, protocol 5.34): hand the citizen over to whoever serves a skill, or to
// a named colleague who is available now, with a handover note. The list comes from
// GET /api/experts/on-duty when the dialog opens; the server checks again when it is sent.

import {$, el, show} from './dom.js';
import {t} from '../i18n.js';

const NOTE_MAX = 200;

export class TransferDialog {
  /**
   * @param handlers load() -> Promise<{experts, skills}>, self() -> own expert id,
   *     onSubmit({toSkill?, toExpert?, note, label})
   */
  constructor(handlers) {
    this.handlers = handlers;
    this.dialog = $('transfer-dialog');
    this.sending = false;
    $('transfer-cancel').addEventListener('click', () => this.close());
    $('transfer-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    this.dialog.addEventListener('change', (e) => {
      if (e.target.name === 'transfer-kind') this.refresh();
    });
    this.dialog.addEventListener('cancel', (e) => {
      if (this.sending) e.preventDefault();
    });
  }

  /** @param mode 'transfer' (转办) or 'invite' (邀请同事加入: only colleagues free now) */
  async open(mode = 'transfer') {
    this.mode = mode;
    $('transfer-title').textContent = t(mode + '.title');
    $('transfer-hint').textContent = t(mode + '.hint');
    $('transfer-submit').textContent = t(mode + '.submit');
    this.sending = false;
    this.error(null);
    $('transfer-note').value = '';
    $('transfer-submit').disabled = true;
    $('transfer-status').textContent = t('transfer.loading');
    show($('transfer-status'), true);
    show($('transfer-choices'), false);
    if (!this.dialog.open) this.dialog.showModal();
    let duty;
    try {
      try {
        duty = await this.handlers.load();
      } catch (err) {
        // One more try when the server did not answer in time (a lost connection, a stall).
        if (!err || err.kind !== 'timeout') throw err;
        duty = await this.handlers.load();
      }
    } catch (err) {
      $('transfer-status').textContent = t('transfer.loadFailed', {reason: err && err.kind ? t('transfer.loadFailed.' + err.kind) : String(err)});
      return;
    }
    this.fill(duty);
  }

  fill(duty) {
    const self = this.handlers.self();
    const colleagues = (duty.experts || []).filter((e) => e.id !== self);
    const skills = [...new Set(colleagues.flatMap((e) => e.skills || []))].sort();
    const skillSelect = $('transfer-skill');
    skillSelect.replaceChildren(...skills.map((skill) => {
      const online = colleagues.filter((e) => (e.skills || []).includes(skill));
      const free = online.filter((e) => e.state === 'AVAILABLE').length;
      return option(skill, t('transfer.skillOption', {skill, online: online.length, free}));
    }));
    const expertSelect = $('transfer-expert');
    expertSelect.replaceChildren(...colleagues.map((e) => {
      const o = option(e.id, t('transfer.expertOption', {name: e.displayName, state: t('presence.' + e.state)}));
      o.disabled = e.state !== 'AVAILABLE';
      o.dataset.name = e.displayName;
      return o;
    }));
    const firstFree = colleagues.find((e) => e.state === 'AVAILABLE');
    if (firstFree) expertSelect.value = firstFree.id;
    show($('transfer-status'), colleagues.length === 0);
    $('transfer-status').textContent = colleagues.length === 0 ? t('transfer.none') : '';
    show($('transfer-choices'), colleagues.length > 0);
    $('transfer-kind-expert').disabled = !firstFree;
    const kind = firstFree ? 'expert' : 'skill';
    $('transfer-kind-' + kind).checked = true;
    this.refresh();
  }

  refresh() {
    const kind = this.kind();
    $('transfer-skill').disabled = kind !== 'skill';
    $('transfer-expert').disabled = kind !== 'expert';
    $('transfer-submit').disabled = this.sending || !kind
      || (kind === 'skill' && !$('transfer-skill').value)
      || (kind === 'expert' && !$('transfer-expert').value);
  }

  kind() {
    const r = this.dialog.querySelector('input[name=transfer-kind]:checked');
    return r ? r.value : null;
  }

  submit() {
    const kind = this.kind();
    const note = $('transfer-note').value.trim().slice(0, NOTE_MAX);
    let target;
    if (kind === 'skill' && $('transfer-skill').value) {
      const skill = $('transfer-skill').value;
      target = {toSkill: skill, label: skill};
    } else if (kind === 'expert' && $('transfer-expert').value) {
      const chosen = $('transfer-expert').selectedOptions[0];
      target = {toExpert: chosen.value, label: chosen.dataset.name || chosen.value};
    } else {
      this.error(t('transfer.pickOne'));
      return;
    }
    this.sending = true;
    this.error(null);
    $('transfer-submit').disabled = true;
    $('transfer-submit').textContent = t('transfer.sending');
    this.handlers.onSubmit({...target, note, mode: this.mode});
  }

  /** The transfer did not happen: say why, keep the dialog open to choose again. */
  failed(text) {
    this.sending = false;
    $('transfer-submit').textContent = t((this.mode || 'transfer') + '.submit');
    this.error(text);
    this.refresh();
  }

  error(text) {
    $('transfer-error').textContent = text || '';
    show($('transfer-error'), !!text);
  }

  close() {
    this.sending = false;
    $('transfer-submit').textContent = t((this.mode || 'transfer') + '.submit');
    if (this.dialog.open) this.dialog.close();
  }

  isOpen() {
    return this.dialog.open;
  }
}

function option(value, text) {
  const o = el('option', null, text);
  o.value = value;
  return o;
}
