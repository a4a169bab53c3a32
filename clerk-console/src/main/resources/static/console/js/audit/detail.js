// The detail of one session or identity check: what happened, in order; the evidence side by side;
// and whether its part of the audit chain is intact.

import * as api from './api.js';
import {t, when, span} from './text.js';

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v; else node.setAttribute(k, v);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

function facts(pairs) {
  const dl = el('dl');
  for (const [key, value] of pairs) {
    if (value === null || value === undefined || value === '') continue;
    dl.append(el('dt', {}, t(key)), el('dd', {}, String(value)));
  }
  return dl;
}

function chain(check) {
  const ok = check.intact;
  return el('p', {}, el('span', {class: 'chain ' + (ok ? 'ok' : 'broken'), id: 'detail-chain', 'data-intact': String(ok)},
    ok ? t('detail.chainOk', {entries: check.entries}) : t('detail.chainBroken', {entry: check.brokenAt, problem: check.problem})));
}

function closeButton() {
  const close = el('button', {type: 'button', class: 'quiet'}, t('action.close'));
  close.addEventListener('click', () => { $('detail').hidden = true; });
  return close;
}

export async function showSession(auth, id, openVerification) {
  const detail = await api.session(auth.token, id);
  const s = detail.session;
  const box = $('detail');
  const picture = el('img', {id: 'detail-picture', class: 'detail-picture', alt: ''});
  picture.hidden = true;
  const timeline = el('ol', {class: 'timeline', id: 'detail-timeline'},
    ...(s.events || []).map((e) => el('li', {}, el('time', {}, when(e.at)),
      t('kind.' + e.kind) + (e.expertId ? ' · ' + e.expertId : '')
        + (e.note ? ' · ' + (e.kind === 'RATED' ? t('rating.' + e.note) : e.note) : ''),
      caseFileAction(auth, s.sessionId, e, picture))));
  const checks = el('ul', {id: 'detail-verifications'}, ...detail.verifications.map((v) => {
    const open = el('button', {type: 'button', class: 'link'}, v.verificationId);
    open.addEventListener('click', () => openVerification(v.verificationId));
    return el('li', {}, open, ' · ' + (v.decision ? t('result.' + v.decision) : v.machineVerdict ? t('result.' + v.machineVerdict) : v.phase));
  }));
  const outcome = s.outcome;
  box.replaceChildren(
    el('div', {class: 'row'}, el('h2', {}, t('detail.session') + ' ' + s.sessionId), closeButton()),
    chain(detail.chain),
    facts([['col.case', outcome?.caseNumber || s.caseNumber], ['col.district', s.district], ['col.kiosk', s.kioskName || s.kioskId],
      ['col.item', s.itemCode || s.departmentCode], ['detail.servedBy', (s.servedBy || []).join('、')],
      ['col.requestedAt', when(s.requestedAt)], ['col.wait', s.waitSeconds != null ? span(s.waitSeconds * 1000) : null],
      ['col.handle', s.handleSeconds != null ? span(s.handleSeconds * 1000) : null],
      ['detail.outcome', outcome ? t('outcome.' + outcome.outcome) : t('outcome.NONE')],
      ['detail.missing', (outcome?.missingDocuments || []).map((d) => d.name + (d.dueDate ? '（' + d.dueDate + '）' : '')).join('；')],
      ['detail.notes', outcome?.notes], ['detail.rating', t('rating.' + (s.rating || 'NONE'))]]),
    el('h3', {}, t('detail.timeline')), timeline, picture,
    detail.verifications.length ? el('h3', {}, t('detail.verifications')) : null,
    detail.verifications.length ? checks : null);
  box.hidden = false;
  box.scrollIntoView({block: 'nearest'});
}

/** A document photo of the timeline opens below it; the signed receipt downloads. Each read is logged. */
function caseFileAction(auth, sessionId, e, picture) {
  const c = e.caseFile;
  if (e.kind === 'DOCUMENT_UPLOADED' && c && c.documentId) {
    const button = el('button', {type: 'button', class: 'link', 'data-document': c.documentId, 'data-attempt': String(c.attempt)},
      t('action.viewPicture'));
    button.addEventListener('click', async () => {
      try {
        const blob = await api.picture(auth.token, sessionId, c.documentId, c.attempt);
        if (picture.src) URL.revokeObjectURL(picture.src);
        picture.src = URL.createObjectURL(blob);
        picture.alt = c.materialCode + ' #' + c.attempt;
        picture.hidden = false;
      } catch (err) {
        picture.hidden = false;
        picture.removeAttribute('src');
        picture.alt = t('error.picture');
      }
    });
    return el('span', {}, ' ', button);
  }
  if (e.kind === 'SIGNED') {
    const button = el('button', {type: 'button', class: 'link', id: 'detail-receipt'}, t('action.receipt'));
    button.addEventListener('click', async () => {
      const blob = await api.receipt(auth.token, sessionId);
      const url = URL.createObjectURL(blob);
      const link = el('a', {href: url, download: 'receipt-' + sessionId + '.pdf'});
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    });
    return el('span', {}, ' ', button);
  }
  return null;
}

async function imageInto(img, auth, id, which) {
  try {
    const blob = await api.image(auth.token, id, which);
    img.src = URL.createObjectURL(blob);
  } catch (e) {
    img.alt = t(e.kind === 'gone' ? 'error.gone' : 'error.missing');
  }
}

export async function showVerification(auth, id) {
  const detail = await api.verification(auth.token, id);
  const v = detail.verification;
  const box = $('detail');
  const machine = v.machine;
  const card = el('img', {id: 'detail-card-img', alt: t('detail.cardPhoto')});
  const live = el('img', {id: 'detail-live-img', alt: t('detail.liveFrame')});
  const revealed = el('p', {id: 'detail-revealed', class: 'muted'});
  const reveal = el('button', {type: 'button', id: 'btn-reveal'}, t('action.reveal'));
  reveal.addEventListener('click', async () => {
    const reason = window.prompt(t('detail.revealReason'));
    if (!reason) return;
    try {
      const answer = await api.revealIdNumber(auth.token, id, reason);
      revealed.textContent = t('detail.revealed', {number: answer.idNumber});
    } catch (e) {
      revealed.textContent = t('error.' + (e.kind === 'invalid' ? 'invalid' : 'server'));
    }
  });
  box.replaceChildren(
    el('div', {class: 'row'}, el('h2', {}, t('detail.verification') + ' ' + v.verificationId), closeButton()),
    chain(detail.chain),
    facts([['col.case', v.caseNumber], ['col.kiosk', v.kioskId], ['col.expert', v.expertId], ['col.phase', v.phase],
      ['detail.card', v.card ? v.card.name + ' · ' + v.card.birthDate : null],
      ['detail.idNumber', v.card?.idNumberMasked],
      ['detail.challenge', v.challenge ? v.challenge.steps.map((s) => t('step.' + s)).join(' → ') : null],
      ['detail.machine', machine ? t('result.' + machine.verdict) : null],
      ['detail.similarity', machine?.similarity != null ? machine.similarity.toFixed(2) : null],
      ['detail.thresholds', machine ? Object.entries(machine.thresholds).map(([k, x]) => k + ' ' + x).join(' · ') : null],
      ['detail.reasons', machine ? machine.reasons.map((r) => r.code).join('、') : null],
      ['detail.review', v.review ? t('result.' + v.review.decision) + (v.review.reason ? '：' + v.review.reason : '') : null]]),
    v.card ? el('div', {class: 'row'}, reveal, revealed) : null,
    v.card ? el('div', {class: 'evidence'},
      el('figure', {}, card, el('figcaption', {}, t('detail.cardPhoto'))),
      el('figure', {}, live, el('figcaption', {}, t('detail.liveFrame')))) : null);
  box.hidden = false;
  if (v.card) {
    await imageInto(card, auth, id, 'card-photo');
    const best = machine && machine.bestFrame >= 0 ? machine.bestFrame : 0;
    await imageInto(live, auth, id, best);
  }
}
