// The sign-in page's role switch (登录身份: 专家 / 审计管理员). An auditor signs in here like an
// expert, against POST /api/auth/admin, and is taken to the audit pages (audit.html), which keep
// the sign-in in their own place: the expert workbench never starts for an ADMIN token.

import {adminSignIn} from '../api.js';
import {keep} from '../audit/api.js';

const AUDIT_PAGES = 'audit.html';

export function adminChosen() {
  return document.getElementById('login-role-admin').checked;
}

/** Signs the auditor in and opens the audit pages; fails with api.js's errors (wrong password, throttled...). */
export async function signInAsAdmin(username, password) {
  keep(await adminSignIn(username, password));
  location.assign(AUDIT_PAGES);
}
