// The document viewer: the kiosk's picture at full size, with zoom (buttons, wheel, fit, 1:1) and
// drag to pan; 接收 accepts it, 退回 rejects it with a reason the citizen is shown. The picture is an
// object URL, revoked when the viewer closes or shows another upload.

import {t} from '../i18n.js';
import {$, show} from './dom.js';

const STEPS = [0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3, 4];

export class DocumentViewer {
  constructor(file) {
    this.file = file;
    this.documentId = null;
    this.url = null;
    this.scale = 1;
    this.natural = null;
    const img = $('doc-img');
    img.addEventListener('load', () => {
      this.natural = {w: img.naturalWidth, h: img.naturalHeight};
      this.fit();
    });
    $('doc-close').addEventListener('click', () => this.close());
    $('doc-zoom-in').addEventListener('click', () => this.step(1));
    $('doc-zoom-out').addEventListener('click', () => this.step(-1));
    $('doc-fit').addEventListener('click', () => this.fit());
    $('doc-actual').addEventListener('click', () => this.zoom(1));
    $('doc-accept').addEventListener('click', () => this.decide('ACCEPT'));
    $('doc-reject').addEventListener('click', () => this.decide('REJECT'));
    $('doc-reason').addEventListener('change', () => {
      this.error = null;
      this.render();
    });
    const stage = $('doc-stage');
    stage.addEventListener('wheel', (e) => {
      if (!this.natural) return;
      e.preventDefault();
      this.step(e.deltaY < 0 ? 1 : -1);
    }, {passive: false});
    let drag = null;
    stage.addEventListener('pointerdown', (e) => {
      drag = {x: e.clientX, y: e.clientY, left: stage.scrollLeft, top: stage.scrollTop};
      stage.setPointerCapture(e.pointerId);
      stage.classList.add('dragging');
    });
    stage.addEventListener('pointermove', (e) => {
      if (!drag) return;
      stage.scrollLeft = drag.left - (e.clientX - drag.x);
      stage.scrollTop = drag.top - (e.clientY - drag.y);
    });
    const stop = () => {
      drag = null;
      stage.classList.remove('dragging');
    };
    stage.addEventListener('pointerup', stop);
    stage.addEventListener('pointercancel', stop);
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.documentId) this.close();
    });
  }

  async open(document, material) {
    this.drop();
    this.documentId = document.documentId;
    this.document = document;
    this.material = material;
    this.error = null;
    $('doc-reason').value = '';
    $('doc-detail').value = '';
    show($('doc-viewer'), true);
    this.render();
    await this.load();
  }

  async load() {
    const d = this.document;
    $('doc-status').textContent = t('doc.loading');
    try {
      const blob = await this.file.fetchImage(d);
      if (this.document !== d) return;
      this.url = URL.createObjectURL(blob);
      $('doc-img').src = this.url;
      $('doc-status').textContent = '';
    } catch (err) {
      if (this.document !== d) return;
      $('doc-status').textContent = t('doc.loadFailed');
    }
  }

  /** A new state of the document shown: a retake replaces the picture; a decision closes the form. */
  update(document, before) {
    this.document = document;
    if (before && document.attempt !== before.attempt && document.phase === 'UPLOADED') {
      this.drop();
      this.load();
    }
    this.render();
  }

  close() {
    this.drop();
    this.documentId = null;
    this.document = null;
    show($('doc-viewer'), false);
  }

  drop() {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
    this.natural = null;
    $('doc-img').removeAttribute('src');
  }

  zoom(scale) {
    this.scale = scale;
    const img = $('doc-img');
    if (this.natural) {
      img.style.width = Math.round(this.natural.w * scale) + 'px';
      img.style.height = Math.round(this.natural.h * scale) + 'px';
    }
    $('doc-zoom-level').textContent = Math.round(scale * 100) + '%';
  }

  fit() {
    if (!this.natural) return;
    const stage = $('doc-stage');
    const scale = Math.min(1, (stage.clientWidth - 8) / this.natural.w, (stage.clientHeight - 8) / this.natural.h);
    this.zoom(Math.max(0.05, scale));
  }

  step(direction) {
    const next = direction > 0 ? STEPS.find((s) => s > this.scale + 1e-6) : [...STEPS].reverse().find((s) => s < this.scale - 1e-6);
    if (next) this.zoom(next);
  }

  async decide(decision) {
    const d = this.document;
    if (!d || d.phase !== 'UPLOADED') return;
    const reason = $('doc-reason').value;
    const detail = $('doc-detail').value.trim();
    const problem = await this.file.review(d.documentId, decision, reason, detail);
    this.error = problem;
    this.render();
    if (!problem && decision === 'ACCEPT') this.close();
  }

  render() {
    const d = this.document;
    if (!d) return;
    const name = this.material ? this.material.name : d.materialCode;
    $('doc-title').textContent = t('doc.title', {name});
    const meta = [];
    if (d.width && d.height) meta.push(d.width + ' × ' + d.height);
    if (d.bytes) meta.push((d.bytes / 1024 / 1024).toFixed(1) + ' MB');
    if (d.attempt) meta.push(t('doc.attempt', {n: d.attempt}));
    if (d.sha256) meta.push('SHA-256 ' + d.sha256.slice(0, 12) + '…');
    $('doc-meta').textContent = meta.join(' · ');
    $('doc-phase').textContent = t('doc.phase.' + d.phase);
    $('doc-phase').dataset.phase = d.phase;
    this.renderDecide();
    const error = $('doc-error');
    error.textContent = this.error || '';
    show(error, !!this.error);
  }

  renderDecide() {
    const d = this.document;
    const open = !!d && d.phase === 'UPLOADED';
    show($('doc-decide'), open);
    const other = $('doc-reason').value === 'OTHER';
    $('doc-detail').required = other;
    $('doc-detail').placeholder = t(other ? 'doc.detailRequired' : 'doc.detailPlaceholder');
  }
}
