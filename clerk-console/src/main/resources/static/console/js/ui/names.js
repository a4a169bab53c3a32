// Names for codes and places, from the locale dictionaries where known, else the code itself.

import {t, has} from '../i18n.js';

export function codeName(code) {
  if (!code) return '';
  return has('code.' + code) ? t('code.' + code) : code;
}

/** "户籍迁移 (PSB-HJQY)" */
export function itemLabel(request) {
  if (!request) return '';
  const code = request.itemCode || request.departmentCode || request.skill;
  const name = codeName(code);
  return name === code ? code : `${name} (${code})`;
}

/** "红旗区 · 红旗区政务服务中心 1号自助终端" (falls back to the kiosk id). */
export function placeLabel(request) {
  if (!request) return '';
  return [request.district, request.kioskName || request.kioskId].filter(Boolean).join(' · ');
}
