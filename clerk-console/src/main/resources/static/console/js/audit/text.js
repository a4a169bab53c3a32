// The auditors' pages' words, zh-CN by default, English available; the choice is shared with the
// expert console (localStorage 'console.lang').

const ZH = {
  'app.name': '远程虚拟窗口 · 审计', 'app.title': '远程虚拟窗口 · 审计与统计', 'lang.switchTo': 'English',
  'login.subtitle': '审计人员查阅办件记录、身份核验与服务统计（所有查阅均记入审计日志）',
  'login.username': '账号', 'login.password': '密码', 'login.submit': '登录',
  'login.missing': '请输入账号和密码。', 'login.wrong': '账号或密码不正确，请重新输入。',
  'login.throttled': '登录失败次数过多，请稍后再试。', 'login.unreachable': '无法连接服务器，请检查网络后重试。',
  'action.logout': '退出登录', 'action.search': '查询', 'action.clear': '清空条件', 'action.export': '导出 CSV',
  'action.prev': '上一页', 'action.next': '下一页', 'action.reveal': '查看完整身份证号', 'action.close': '关闭',
  'nav.sessions': '办件会话', 'nav.verifications': '身份核验', 'nav.statistics': '服务统计',
  'nav.log': '审计日志',
  'log.chainTitle': '审计日志完整性', 'log.checking': '正在校验…', 'log.intactShort': '完整', 'log.brokenShort': '已被改动',
  'log.intact': '全部 {checked} 条审计记录校验一致，未发现改动。',
  'log.broken.CONTENT_ALTERED': '第 {entry} 条被改动：内容与其哈希值不符。',
  'log.broken.LINK_BROKEN': '第 {entry} 条与前一条的链接断开：前一条可能被改动或替换。',
  'log.broken.SEQUENCE_GAP': '第 {entry} 条缺失：该记录被删除。',
  'log.broken.RECORD_ALTERED': '第 {entry} 条所证明的办件记录被改动。',
  'log.broken.RECORD_MISSING': '第 {entry} 条所证明的办件记录被删除。',
  'log.checkedAt': '（校验时间 {time}）', 'log.verifyAgain': '重新校验',
  'log.count': '日志共 {last} 条（每次查阅和校验也记入日志）', 'log.range': '第 {first}–{last} 条', 'log.empty': '没有记录。',
  'log.newer': '较新', 'log.older': '较早',
  'log.col.sequence': '序号', 'log.col.at': '时间', 'log.col.actor': '操作人', 'log.col.action': '操作', 'log.col.subject': '对象',
  'log.actor.ADMIN': '审计', 'log.actor.EXPERT': '专家', 'log.actor.KIOSK': '终端', 'log.actor.SYSTEM': '系统',
  'log.onSession': '会话：{what}', 'log.onVerification': '身份核验：{what}',
  'log.verification.OPENED': '发起核验', 'log.verification.CONSENTED': '记录市民意愿', 'log.verification.CHALLENGED': '下发动作挑战',
  'log.verification.EVIDENCE_RECEIVED': '收到核验材料', 'log.verification.DECIDED': '机器判定',
  'log.verification.KIOSK_PROBLEM_REPORTED': '终端报告问题', 'log.verification.REVIEWED': '专家确认结论',
  'log.verification.CLOSED': '核验结束', 'log.verification.VIEWED': '查看核验材料',
  'log.action.ADMIN_AUDIT_READ': '查阅审计日志', 'log.action.ADMIN_AUDIT_VERIFIED': '校验审计日志',
  'log.action.ADMIN_SESSIONS_LISTED': '查询办件会话', 'log.action.ADMIN_SESSION_VIEWED': '查看会话详情',
  'log.action.ADMIN_SESSIONS_EXPORTED': '导出办件会话', 'log.action.ADMIN_VERIFICATIONS_LISTED': '查询身份核验',
  'log.action.ADMIN_VERIFICATIONS_EXPORTED': '导出身份核验', 'log.action.ADMIN_STATISTICS_VIEWED': '查看服务统计',
  'log.action.EVIDENCE_PURGED': '到期删除核验影像',
  'filter.from': '开始日期', 'filter.to': '结束日期', 'filter.district': '区县', 'filter.kiosk': '终端',
  'filter.expert': '专家', 'filter.item': '事项编码', 'filter.case': '办件编号', 'filter.outcome': '办理结果',
  'filter.verification': '核验结果', 'filter.sort': '排序', 'filter.any': '全部',
  'sort.requested_at': '申请时间（新→旧）', 'sort.wait': '等待时间（长→短）', 'sort.handle': '办理时长（长→短）',
  'outcome.COMPLETED': '办结', 'outcome.ACCEPTED': '受理', 'outcome.ACCEPTED_PENDING_DOCUMENTS': '容缺受理',
  'outcome.REJECTED': '不予受理', 'outcome.TRANSFERRED': '转办', 'outcome.NONE': '未记录',
  'result.PASS': '通过', 'result.FAIL': '未通过', 'result.NEEDS_REVIEW': '待人工复核', 'result.NONE': '未核验',
  'rating.VERY_SATISFIED': '非常满意', 'rating.SATISFIED': '满意', 'rating.BASICALLY_SATISFIED': '基本满意',
  'rating.DISSATISFIED': '不满意', 'rating.VERY_DISSATISFIED': '非常不满意', 'rating.NONE': '未评价',
  'col.requestedAt': '申请时间', 'col.case': '办件编号', 'col.district': '区县', 'col.kiosk': '终端', 'col.item': '事项',
  'col.expert': '专家', 'col.wait': '等待', 'col.handle': '办理', 'col.outcome': '办理结果', 'col.rating': '评价',
  'col.verification': '核验', 'col.openedAt': '开始时间', 'col.phase': '阶段', 'col.machine': '机器结论',
  'col.decision': '专家结论',
  'records.count': '共 {total} 条', 'records.page': '第 {page} / {pages} 页', 'records.empty': '没有符合条件的记录。',
  'records.error': '查询失败：{why}', 'records.loading': '正在查询…',
  'error.invalid': '查询条件有误，请检查日期等条件后重试。', 'error.unreachable': '无法连接服务器，请检查网络后重试。',
  'error.server': '服务器暂时出错，请稍后再试。', 'error.expired': '登录已过期，请重新登录。',
  'error.missing': '记录不存在。', 'error.gone': '该影像已超过保存期限被删除（其哈希值仍在记录中）。',
  'detail.session': '会话详情', 'detail.verification': '身份核验详情', 'detail.timeline': '过程记录',
  'detail.chain': '记录完整性', 'detail.chainOk': '完整：{entries} 条审计记录校验一致',
  'detail.chainBroken': '已被改动：第 {entry} 条审计记录处校验失败（{problem}）',
  'detail.outcome': '办理结果', 'detail.notes': '备注', 'detail.missing': '容缺材料', 'detail.rating': '评价',
  'detail.servedBy': '参与专家', 'detail.verifications': '身份核验', 'detail.card': '证件信息',
  'detail.idNumber': '身份证号', 'detail.cardPhoto': '证件照片', 'detail.liveFrame': '现场画面（最佳帧）',
  'detail.challenge': '动作挑战', 'detail.similarity': '相似度', 'detail.thresholds': '阈值',
  'detail.machine': '机器结论', 'detail.review': '专家结论', 'detail.reasons': '依据',
  'detail.revealReason': '请说明查看完整证件号的原因（将记入审计日志）：',
  'detail.revealed': '完整证件号：{number}（本次查看已记录）',
  'step.TURN_LEFT': '向左转头', 'step.TURN_RIGHT': '向右转头', 'step.NOD': '点头',
  'stats.sessions': '会话数', 'stats.firstTime': '一次性办理率', 'stats.passRate': '身份核验通过率',
  'stats.wait': '等待时间', 'stats.handle': '办理时长', 'stats.median': '中位数 {value}', 'stats.p90': 'P90 {value}',
  'stats.perDay': '每日会话（按区县）', 'stats.outcomes': '办理结果构成', 'stats.ratings': '好差评构成',
  'stats.day': '日期', 'stats.count': '数量', 'stats.none': '—',
  'kind.REQUESTED': '市民发起请求', 'kind.QUEUED': '排队', 'kind.RUNG': '呼叫专家', 'kind.DECLINED': '专家拒接',
  'kind.RING_TIMEOUT': '呼叫超时', 'kind.ACCEPTED': '专家接听', 'kind.CONNECTED': '音视频接通', 'kind.ENDED': '通话结束',
  'kind.RATED': '市民评价', 'kind.OUTCOME': '记录办理结果', 'kind.TRANSFERRED': '转办', 'kind.INVITED': '邀请专家会商',
  'kind.JOINED': '会商专家加入', 'kind.LEFT': '会商专家离开',
  'kind.MATERIAL_MARKED': '核对材料', 'kind.DOCUMENT_REQUESTED': '请群众拍摄材料', 'kind.DOCUMENT_UPLOADED': '终端上传材料照片',
  'kind.DOCUMENT_REVIEWED': '审核材料照片', 'kind.DOCUMENT_PROBLEM': '终端无法提供材料', 'kind.CLOSING_SHOWN': '向群众展示确认单',
  'kind.SIGNED': '群众签字确认', 'action.viewPicture': '查看照片（记入审计日志）', 'action.receipt': '下载回执（记入审计日志）',
  'error.picture': '照片读取失败。',
};

const EN = {
  'app.name': 'Remote window · Audit', 'app.title': 'Remote window · Audit and statistics', 'lang.switchTo': '中文',
  'login.subtitle': 'Auditors read case records, identity checks and service figures (every read is logged)',
  'login.username': 'Username', 'login.password': 'Password', 'login.submit': 'Sign in',
  'login.missing': 'Enter your username and password.', 'login.wrong': 'Wrong username or password.',
  'login.throttled': 'Too many failed sign-ins; try again later.', 'login.unreachable': 'The server cannot be reached; check the network and retry.',
  'action.logout': 'Sign out', 'action.search': 'Search', 'action.clear': 'Clear', 'action.export': 'Export CSV',
  'action.prev': 'Previous', 'action.next': 'Next', 'action.reveal': 'Show the full ID number', 'action.close': 'Close',
  'nav.sessions': 'Sessions', 'nav.verifications': 'Identity checks', 'nav.statistics': 'Statistics',
  'nav.log': 'Audit log',
  'log.chainTitle': 'Audit log integrity', 'log.checking': 'Checking…', 'log.intactShort': 'Intact', 'log.brokenShort': 'Altered',
  'log.intact': 'All {checked} audit entries check out: nothing was changed.',
  'log.broken.CONTENT_ALTERED': 'Entry {entry} was changed: its content no longer matches its hash.',
  'log.broken.LINK_BROKEN': 'Entry {entry} no longer links to the one before: that one may have been changed or replaced.',
  'log.broken.SEQUENCE_GAP': 'Entry {entry} is missing: it was deleted.',
  'log.broken.RECORD_ALTERED': 'The record that entry {entry} vouches for was changed.',
  'log.broken.RECORD_MISSING': 'The record that entry {entry} vouches for was deleted.',
  'log.checkedAt': ' (checked {time})', 'log.verifyAgain': 'Check again',
  'log.count': '{last} entries in the log (every read and check is logged too)', 'log.range': 'Entries {first}–{last}',
  'log.empty': 'No entries.', 'log.newer': 'Newer', 'log.older': 'Older',
  'log.col.sequence': 'No.', 'log.col.at': 'Time', 'log.col.actor': 'Who', 'log.col.action': 'Action', 'log.col.subject': 'Subject',
  'log.actor.ADMIN': 'Auditor', 'log.actor.EXPERT': 'Expert', 'log.actor.KIOSK': 'Kiosk', 'log.actor.SYSTEM': 'System',
  'log.onSession': 'Session: {what}', 'log.onVerification': 'Identity check: {what}',
  'log.verification.OPENED': 'started', 'log.verification.CONSENTED': 'consent recorded', 'log.verification.CHALLENGED': 'challenge issued',
  'log.verification.EVIDENCE_RECEIVED': 'evidence received', 'log.verification.DECIDED': 'machine decision',
  'log.verification.KIOSK_PROBLEM_REPORTED': 'kiosk problem', 'log.verification.REVIEWED': 'expert decision',
  'log.verification.CLOSED': 'closed', 'log.verification.VIEWED': 'evidence viewed',
  'log.action.ADMIN_AUDIT_READ': 'Read the audit log', 'log.action.ADMIN_AUDIT_VERIFIED': 'Checked the audit log',
  'log.action.ADMIN_SESSIONS_LISTED': 'Listed sessions', 'log.action.ADMIN_SESSION_VIEWED': 'Viewed a session',
  'log.action.ADMIN_SESSIONS_EXPORTED': 'Exported sessions', 'log.action.ADMIN_VERIFICATIONS_LISTED': 'Listed identity checks',
  'log.action.ADMIN_VERIFICATIONS_EXPORTED': 'Exported identity checks', 'log.action.ADMIN_STATISTICS_VIEWED': 'Viewed statistics',
  'log.action.EVIDENCE_PURGED': 'Evidence images purged (retention)',
  'filter.from': 'From', 'filter.to': 'To', 'filter.district': 'District', 'filter.kiosk': 'Kiosk',
  'filter.expert': 'Expert', 'filter.item': 'Item code', 'filter.case': 'Case number', 'filter.outcome': 'Outcome',
  'filter.verification': 'Identity check', 'filter.sort': 'Sort', 'filter.any': 'Any',
  'sort.requested_at': 'Requested (newest first)', 'sort.wait': 'Wait (longest first)', 'sort.handle': 'Handling (longest first)',
  'outcome.COMPLETED': 'Completed', 'outcome.ACCEPTED': 'Accepted', 'outcome.ACCEPTED_PENDING_DOCUMENTS': 'Accepted, documents pending',
  'outcome.REJECTED': 'Rejected', 'outcome.TRANSFERRED': 'Transferred', 'outcome.NONE': 'None recorded',
  'result.PASS': 'Passed', 'result.FAIL': 'Failed', 'result.NEEDS_REVIEW': 'Needs review', 'result.NONE': 'Not checked',
  'rating.VERY_SATISFIED': 'Very satisfied', 'rating.SATISFIED': 'Satisfied', 'rating.BASICALLY_SATISFIED': 'Fairly satisfied',
  'rating.DISSATISFIED': 'Dissatisfied', 'rating.VERY_DISSATISFIED': 'Very dissatisfied', 'rating.NONE': 'Not rated',
  'col.requestedAt': 'Requested', 'col.case': 'Case', 'col.district': 'District', 'col.kiosk': 'Kiosk', 'col.item': 'Item',
  'col.expert': 'Expert', 'col.wait': 'Wait', 'col.handle': 'Handling', 'col.outcome': 'Outcome', 'col.rating': 'Rating',
  'col.verification': 'Identity', 'col.openedAt': 'Started', 'col.phase': 'Phase', 'col.machine': 'Machine',
  'col.decision': 'Expert',
  'records.count': '{total} records', 'records.page': 'Page {page} of {pages}', 'records.empty': 'No records match.',
  'records.error': 'The search failed: {why}', 'records.loading': 'Searching…',
  'error.invalid': 'A search field is not valid; check the dates and retry.', 'error.unreachable': 'The server cannot be reached; check the network and retry.',
  'error.server': 'The server had a problem; try again later.', 'error.expired': 'Your sign-in expired; sign in again.',
  'error.missing': 'No such record.', 'error.gone': 'This image was deleted at the end of its retention period (its hash stays on record).',
  'detail.session': 'Session', 'detail.verification': 'Identity check', 'detail.timeline': 'Timeline',
  'detail.chain': 'Record integrity', 'detail.chainOk': 'Intact: {entries} audit entries check out',
  'detail.chainBroken': 'Altered: the check fails at audit entry {entry} ({problem})',
  'detail.outcome': 'Outcome', 'detail.notes': 'Notes', 'detail.missing': 'Documents to bring', 'detail.rating': 'Rating',
  'detail.servedBy': 'Experts', 'detail.verifications': 'Identity checks', 'detail.card': 'ID card',
  'detail.idNumber': 'ID number', 'detail.cardPhoto': 'Card photo', 'detail.liveFrame': 'Live frame (best)',
  'detail.challenge': 'Challenge', 'detail.similarity': 'Similarity', 'detail.thresholds': 'Thresholds',
  'detail.machine': 'Machine decision', 'detail.review': 'Expert decision', 'detail.reasons': 'Reasons',
  'detail.revealReason': 'Why do you need the full ID number? (recorded in the audit log)',
  'detail.revealed': 'Full ID number: {number} (this view is recorded)',
  'step.TURN_LEFT': 'Turn left', 'step.TURN_RIGHT': 'Turn right', 'step.NOD': 'Nod',
  'stats.sessions': 'Sessions', 'stats.firstTime': 'First-time completion', 'stats.passRate': 'Identity pass rate',
  'stats.wait': 'Wait', 'stats.handle': 'Handling', 'stats.median': 'median {value}', 'stats.p90': 'p90 {value}',
  'stats.perDay': 'Sessions per day (by district)', 'stats.outcomes': 'Outcomes', 'stats.ratings': 'Ratings',
  'stats.day': 'Day', 'stats.count': 'Count', 'stats.none': '—',
  'kind.REQUESTED': 'Citizen asked', 'kind.QUEUED': 'Queued', 'kind.RUNG': 'Expert rung', 'kind.DECLINED': 'Declined',
  'kind.RING_TIMEOUT': 'Ring timed out', 'kind.ACCEPTED': 'Expert answered', 'kind.CONNECTED': 'Media connected',
  'kind.ENDED': 'Call ended', 'kind.RATED': 'Citizen rated', 'kind.OUTCOME': 'Outcome recorded', 'kind.TRANSFERRED': 'Transferred',
  'kind.INVITED': 'Colleague invited', 'kind.JOINED': 'Colleague joined', 'kind.LEFT': 'Colleague left',
  'kind.MATERIAL_MARKED': 'Material checked', 'kind.DOCUMENT_REQUESTED': 'Document photo asked for',
  'kind.DOCUMENT_UPLOADED': 'Document photo uploaded', 'kind.DOCUMENT_REVIEWED': 'Document photo reviewed',
  'kind.DOCUMENT_PROBLEM': 'The kiosk could not provide it', 'kind.CLOSING_SHOWN': 'Summary shown to the citizen',
  'kind.SIGNED': 'Citizen signed', 'action.viewPicture': 'View the photo (logged)', 'action.receipt': 'Download the receipt (logged)',
  'error.picture': 'The photo could not be loaded.',
};

const STORE = 'console.lang';
let current = localStorage.getItem(STORE) === 'en' ? 'en' : 'zh-CN';

export function t(key, params) {
  let text = (current === 'en' ? EN : ZH)[key] ?? ZH[key] ?? key;
  if (params) text = text.replace(/\{(\w+)\}/g, (m, n) => (params[n] === undefined ? m : String(params[n])));
  return text;
}

export function language() {
  return current;
}

export function toggleLanguage() {
  current = current === 'en' ? 'zh-CN' : 'en';
  localStorage.setItem(STORE, current);
  apply(document);
}

export function apply(root) {
  document.documentElement.lang = current;
  document.title = t('app.title');
  root.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t(el.dataset.t); });
}

/** A time in the service's zone (Asia/Shanghai), to the second. */
export function when(iso) {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(current === 'en' ? 'en-GB' : 'zh-CN',
    {timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit'});
}

/** Milliseconds as m:ss. */
export function span(ms) {
  if (ms === null || ms === undefined) return '—';
  const s = Math.round(ms / 1000);
  return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
}
