// 办件材料 in the call (protocol 5.49–5.59; docs/http-api.md "The case file"): the item's checklist
// from the catalogue as the lead marks it, the documents asked of the kiosk, and the citizen's
// signed confirmation. The server's materials.state / document.state / closing.state are the
// truth; after a reload or resume GET .../case-file gives them again. Pictures and the receipt are
// read over HTTP with the access token; each read is logged on the server.

import * as api from './api.js';
import {t, language} from './i18n.js';
import {errorText} from './ui/notices.js';
import {CasePanel} from './ui/casePanel.js';
import {DocumentViewer} from './ui/documentViewer.js';

/** Document phases that are over (ACCEPTED, PROBLEM, CANCELLED): nothing more can happen. */
const FINAL = new Set(['ACCEPTED', 'PROBLEM', 'CANCELLED']);

export class CaseFile {
  /**
   * @param deps request(type, body, sessionId) -> Promise, token() -> the access token,
   *     session() -> the current session or null, connected() -> whether the call is ACTIVE
   */
  constructor(deps) {
    this.deps = deps;
    this.panel = new CasePanel(this);
    this.viewer = new DocumentViewer(this);
    this.reset(null);
  }

  reset(sessionId) {
    this.viewer.close();
    this.sessionId = sessionId || null;
    this.itemCode = null;
    this.materials = [];
    this.documents = new Map();
    this.closing = null;
    this.error = null;
    this.busy = new Set();
    this.loaded = false;
    this.render();
    if (sessionId && this.lead()) this.load();
  }

  end() {
    this.viewer.close();
    this.sessionId = null;
    this.render();
  }

  render() {
    this.panel.render();
  }

  lead() {
    const session = this.deps.session();
    return !!session && session.id === this.sessionId && !session.guest;
  }

  active() {
    return this.lead() && this.deps.connected();
  }

  /** The case file as the server has it (after a reload, a resume, or to begin with). */
  async load() {
    const sessionId = this.sessionId;
    try {
      const view = await api.caseFile(this.deps.token(), sessionId);
      if (this.sessionId !== sessionId || !view) return;
      this.itemCode = view.itemCode;
      this.materials = view.materials || [];
      for (const d of view.documents || []) this.documents.set(d.documentId, d);
      if (view.closing) this.closing = view.closing;
      this.loaded = true;
    } catch (err) {
      if (this.sessionId !== sessionId) return;
      this.loaded = true;
      this.error = t('materials.err.load');
    }
    this.render();
  }

  // ------------------------------------------------------------ the expert's actions

  async mark(code, status, promisedDate) {
    if (!this.active()) return;
    const body = {materialCode: code, status};
    if (status === 'PROMISED') {
      if (!promisedDate) {
        this.error = t('materials.err.date');
        this.render();
        return;
      }
      body.promisedDate = promisedDate;
    }
    await this.ask('materials.mark', body, 'mark:' + code);
  }

  async requestDocument(code) {
    if (!this.active()) return;
    await this.ask('document.request', {materialCode: code}, 'doc:' + code);
  }

  async review(documentId, decision, reason, detail) {
    const body = {documentId, decision};
    if (decision === 'REJECT') {
      if (!reason) return t('doc.err.reason');
      if (reason === 'OTHER' && !detail) return t('doc.err.detail');
      body.reason = reason;
      if (detail) body.detail = detail;
    }
    const problem = await this.ask('document.review', body, 'review:' + documentId);
    return problem;
  }

  /** The summary needs the outcome: recorded first (the outcome dialog), then asked for. */
  async requestClosing() {
    if (!this.active()) return;
    if (this.deps.outcomeRecorded && !this.deps.outcomeRecorded()) {
      this.deps.recordOutcomeFirst();
      return;
    }
    await this.ask('closing.request', {}, 'closing');
  }

  /** The materials marked 容缺, for the outcome's missing documents. */
  promised() {
    return this.materials.filter((m) => m.status === 'PROMISED').map((m) => ({name: m.name, dueDate: m.promisedDate}));
  }

  async downloadReceipt() {
    if (!this.closing || !this.closing.receiptPath) return;
    try {
      const blob = await api.file(this.deps.token(), this.closing.receiptPath + '?lang=' + language());
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = 'receipt-' + this.sessionId + '.pdf';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (err) {
      this.error = t('closing.err.receipt');
      this.render();
    }
  }

  /** Sends a request; an error reply is put in plain words. Returns the error text, or null. */
  async ask(type, body, busyKey) {
    const sessionId = this.sessionId;
    this.busy.add(busyKey);
    this.error = null;
    this.render();
    try {
      await this.deps.request(type, body, sessionId);
      return null;
    } catch (err) {
      if (this.sessionId !== sessionId) return null;
      this.error = this.errorText(type, err);
      return this.error;
    } finally {
      this.busy.delete(busyKey);
      this.render();
    }
  }

  errorText(type, err) {
    const code = err && err.code;
    const detail = err && err.message ? ' (' + err.message + ')' : '';
    if (type === 'closing.request' && code === 'INVALID_STATE') return t('closing.err.notReady') + detail;
    if (type === 'materials.mark' && code === 'INVALID_FIELD') return t('materials.err.invalid') + detail;
    if (code === 'INVALID_STATE') return t('materials.err.state') + detail;
    return t('materials.err.failed', {reason: errorText(err)});
  }

  // ------------------------------------------------------------ from the server

  onMaterials(body) {
    if (!body || !Array.isArray(body.materials)) return;
    this.itemCode = body.itemCode;
    this.materials = body.materials;
    this.loaded = true;
    this.render();
  }

  onDocument(body) {
    if (!body || !body.documentId) return;
    const before = this.documents.get(body.documentId);
    this.documents.set(body.documentId, body);
    if (this.viewer.documentId === body.documentId) this.viewer.update(body, before);
    this.render();
  }

  onClosing(body) {
    if (!body || !body.closingId) return;
    if (this.closing && this.closing.closingId !== body.closingId && body.phase === 'CANCELLED') return;
    this.closing = body;
    this.render();
  }

  // ------------------------------------------------------------ what the views ask

  /** The latest document asked for this material, or null. */
  documentOf(code) {
    let latest = null;
    for (const d of this.documents.values()) if (d.materialCode === code) latest = d;
    return latest;
  }

  isOpen(document) {
    return !!document && !FINAL.has(document.phase);
  }

  openViewer(documentId) {
    const d = this.documents.get(documentId);
    if (d && d.imagePath) this.viewer.open(d, this.materials.find((m) => m.code === d.materialCode));
  }

  fetchImage(document) {
    return api.caseImage(this.deps.token(), document.imagePath, document.attempt);
  }

  snapshot() {
    return {
      materials: this.materials.map((m) => ({code: m.code, status: m.status, promisedDate: m.promisedDate || null})),
      documents: [...this.documents.values()].map((d) => ({id: d.documentId, phase: d.phase, attempt: d.attempt})),
      closing: this.closing ? this.closing.phase : null,
      error: this.error,
    };
  }
}
