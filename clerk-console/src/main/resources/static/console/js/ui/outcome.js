// The outcome dialog (办理结果, spec D): the five outcomes, missing documents with optional due
// dates for 补正材料/容缺受理, a reason for 不予受理 and 转办. Checked here in plain words before
// it goes to the server; the server checks again.

import {$, el, show} from './dom.js';
import {t} from '../i18n.js';

export const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const NEEDS_CASE = ['COMPLETED', 'ACCEPTED', 'ACCEPTED_PENDING_DOCUMENTS'];

export class OutcomeDialog {
  /**
   * @param handlers onSubmit(outcome) -> Promise (rejects with a text to show),
   *     onHangUpOnly(), caseNumber() -> string, notes() -> string,
   *     verification() -> {kind: 'recorded' | 'open', text} or null (the session's identity verification)
   */
  constructor(handlers) {
    this.handlers = handlers;
    this.dialog = $('outcome-dialog');
    this.mode = 'call';
    this.dialog.addEventListener('change', (e) => {
      if (e.target.name === 'outcome') this.refresh();
    });
    $('outcome-doc-add').addEventListener('click', () => this.addDoc());
    $('outcome-cancel').addEventListener('click', () => this.close());
    $('outcome-hangup').addEventListener('click', () => {
      this.close();
      this.handlers.onHangUpOnly();
    });
    $('outcome-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    this.dialog.addEventListener('cancel', (e) => {
      if (this.sending) e.preventDefault();
    });
  }

  /**
   * @param mode 'call' (still in the call: record and end), 'closing' (record, then the citizen
   *     confirms and signs; the call goes on) or 'wrapup' (after the end)
   */
  open(mode) {
    this.mode = mode;
    this.error(null);
    this.sending = false;
    this.prefillPromised();
    if (!$('outcome-doc-rows').children.length) this.addDoc();
    this.refresh();
    if (!this.dialog.open) this.dialog.showModal();
  }

  close() {
    if (this.dialog.open) this.dialog.close();
  }

  /** The materials marked 容缺 in the checklist become the missing documents, unless some are typed in. */
  prefillPromised() {
    const promised = this.handlers.promised ? this.handlers.promised() : [];
    const typed = [...this.dialog.querySelectorAll('.doc-row .doc-name')].some((input) => input.value.trim());
    if (!promised.length || typed) return;
    $('outcome-doc-rows').replaceChildren();
    for (const doc of promised) {
      const row = this.addDoc();
      row.querySelector('.doc-name').value = doc.name;
      row.querySelector('.doc-due').value = doc.dueDate || '';
    }
  }

  isOpen() {
    return this.dialog.open;
  }

  reset() {
    this.dialog.querySelectorAll('input[name=outcome]').forEach((r) => { r.checked = false; });
    $('outcome-doc-rows').replaceChildren();
    $('outcome-reason').value = '';
    this.error(null);
  }

  chosen() {
    const r = this.dialog.querySelector('input[name=outcome]:checked');
    return r ? r.value : null;
  }

  refresh() {
    const outcome = this.chosen();
    show($('outcome-docs'), outcome === 'ACCEPTED_PENDING_DOCUMENTS');
    show($('outcome-reason-box'), outcome === 'REJECTED' || outcome === 'TRANSFERRED');
    $('outcome-reason-label').textContent = t(outcome === 'TRANSFERRED' ? 'outcome.reasonTransferred' : 'outcome.reasonRejected');
    const caseNumber = this.handlers.caseNumber();
    $('outcome-case').textContent = caseNumber ? `${t('case.number')}：${caseNumber}` : '';
    const verification = this.handlers.verification ? this.handlers.verification() : null;
    $('outcome-verify').textContent = verification ? verification.text : '';
    $('outcome-verify').dataset.kind = verification ? verification.kind : '';
    show($('outcome-verify'), !!verification);
    const submit = {call: 'outcome.submitAndEnd', closing: 'outcome.submitAndSign'}[this.mode] || 'outcome.submit';
    $('outcome-submit').textContent = t(submit);
    show($('outcome-hangup'), this.mode === 'call');
    show($('outcome-cancel'), true);
    $('outcome-cancel').textContent = t(this.mode === 'wrapup' ? 'outcome.later' : 'outcome.cancel');
  }

  addDoc() {
    const row = el('div', 'doc-row');
    const name = el('input');
    name.maxLength = 100;
    name.placeholder = t('outcome.docName');
    name.className = 'doc-name';
    const due = el('input');
    due.type = 'date';
    due.className = 'doc-due';
    due.title = t('outcome.docDue');
    const remove = el('button', 'quiet', t('outcome.docRemove'));
    remove.type = 'button';
    remove.addEventListener('click', () => row.remove());
    row.append(name, due, remove);
    $('outcome-doc-rows').append(row);
    return row;
  }

  error(text) {
    $('outcome-error').textContent = text || '';
    show($('outcome-error'), !!text);
  }

  /** Builds the outcome.submit body, or throws a text saying what is missing. */
  build() {
    const outcome = this.chosen();
    if (!outcome) throw t('outcome.err.choose');
    const body = {outcome};
    const caseNumber = this.handlers.caseNumber();
    if (caseNumber) body.caseNumber = caseNumber;
    if (NEEDS_CASE.includes(outcome) && !caseNumber) throw t('outcome.err.case', {outcome: t('outcome.' + outcome)});
    if (outcome === 'ACCEPTED_PENDING_DOCUMENTS') {
      const docs = [];
      this.dialog.querySelectorAll('.doc-row').forEach((row) => {
        const name = row.querySelector('.doc-name').value.trim();
        const due = row.querySelector('.doc-due').value;
        if (name) docs.push(due ? {name, dueDate: due} : {name});
      });
      if (docs.length < 1 || docs.length > 20) throw t('outcome.err.docs');
      body.missingDocuments = docs;
    }
    if (outcome === 'REJECTED' || outcome === 'TRANSFERRED') {
      const reason = $('outcome-reason').value.trim();
      if (!reason || reason.length > 500) throw t('outcome.err.reason');
      body.reason = reason;
    }
    const notes = this.handlers.notes().trim();
    if (notes) body.notes = notes.slice(0, 2000);
    return body;
  }

  async submit() {
    if (this.sending) return;
    let body;
    try {
      body = this.build();
    } catch (text) {
      this.error(String(text));
      return;
    }
    this.error(null);
    this.sending = true;
    const button = $('outcome-submit');
    const label = button.textContent;
    button.disabled = true;
    button.textContent = t('outcome.sending');
    try {
      await this.handlers.onSubmit(body, this.mode);
      this.close();
      this.reset();
    } catch (text) {
      this.error(String(text));
    } finally {
      this.sending = false;
      button.disabled = false;
      button.textContent = label;
    }
  }
}
