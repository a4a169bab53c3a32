// 转办 from the console's side (protocol 5.34). The outcome TRANSFERRED is recorded first (so the
// record says where the citizen went even if this page dies next), then the server is asked to hand
// the citizen over. Its answer is this expert's session.ended TRANSFERRED, or an error with the
// request's id (e.g. TARGET_UNAVAILABLE), after which the call simply goes on.

import {t} from './i18n.js';
import {CODE} from './ui/outcome.js';
import {errorText} from './ui/notices.js';

const ANSWER_WITHIN_MS = 10000;

export class Transfer {
  /**
   * @param deps dialog (TransferDialog), request(type, body, sessionId) -> Promise,
   *     send(type, body, sessionId) -> id, session() -> the current session or null,
   *     active() -> whether the call is ACTIVE, caseNumber() and notes() from the case panel
   */
  constructor(deps) {
    this.deps = deps;
    this.pending = null;
  }

  async start(target) {
    const {dialog, request, send} = this.deps;
    const session = this.deps.session();
    if (!session || !this.deps.active()) {
      dialog.failed(t('transfer.failed', {reason: t('transfer.notActive')}));
      return;
    }
    const reason = (target.note
      ? t('transfer.reasonNote', {target: target.label, note: target.note})
      : t('transfer.reason', {target: target.label})).slice(0, 500);
    const outcome = {outcome: 'TRANSFERRED', reason};
    const caseNumber = this.deps.caseNumber();
    if (CODE.test(caseNumber)) outcome.caseNumber = caseNumber;
    const notes = this.deps.notes();
    if (notes && notes.trim()) outcome.notes = notes.slice(0, 2000);
    try {
      await request('outcome.submit', outcome, session.id);
    } catch (err) {
      dialog.failed(t('transfer.outcomeFailed', {reason: errorText(err)}));
      return;
    }
    session.outcomeRecorded = true;
    const body = target.toSkill ? {toSkill: target.toSkill} : {toExpert: target.toExpert};
    if (target.note) body.note = target.note;
    if (outcome.caseNumber) body.caseNumber = outcome.caseNumber;
    const id = send('session.transfer', body, session.id);
    if (!id) {
      this.refusedWith(session, t('transfer.noAnswer'));
      return;
    }
    const timer = setTimeout(() => {
      if (this.pending && this.pending.id === id) this.refusedWith(session, t('transfer.noAnswer'));
    }, ANSWER_WITHIN_MS);
    this.pending = {id, label: target.label, session, timer};
  }

  /** An `error` answered a message; true if it answered our session.transfer (then it is shown). */
  refused(id, error) {
    if (!this.pending || this.pending.id !== id) return false;
    const text = error && error.code === 'TARGET_UNAVAILABLE'
      ? t('transfer.unavailable') : t('transfer.failed', {reason: errorText(error)});
    this.refusedWith(this.pending.session, text);
    return true;
  }

  refusedWith(session, text) {
    this.clear();
    // The call goes on, so its real outcome is still to be recorded at the end.
    session.outcomeRecorded = false;
    this.deps.dialog.failed(text);
  }

  /** This expert's session.ended TRANSFERRED arrived: the label of whom it went to, if known. */
  done() {
    const label = this.pending ? this.pending.label : '';
    this.clear();
    this.deps.dialog.close();
    return label;
  }

  clear() {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
  }
}
