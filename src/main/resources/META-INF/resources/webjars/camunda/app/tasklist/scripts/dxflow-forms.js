// DXFlow: what the embedded task forms under forms/ share, loaded once by config.js (customScripts) so that each
// form holds only its fields and one call. Forms are HTML snippets that Tasklist injects; they can run their
// own cam-script but cannot load a script file, hence this global.
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000; // Việt Nam has no daylight saving time: always UTC+7
const DAY_MS = 24 * 3600 * 1000;

const two = n => String(n).padStart(2, '0');

/** A Camunda date ("2025-12-02T09:00:00.000+0700") as a Date. */
function parseDate(value) {
  return value instanceof Date ? value : new Date(String(value).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

/** dd/MM/yyyy HH:mm in Việt Nam, whatever the browser's time zone. */
function vietnamTime(value) {
  const local = new Date(parseDate(value).getTime() + VIETNAM_OFFSET_MS);
  return two(local.getUTCDate()) + '/' + two(local.getUTCMonth() + 1) + '/' + local.getUTCFullYear()
      + ' ' + two(local.getUTCHours()) + ':' + two(local.getUTCMinutes());
}

/** How late a receipt is against a deadline day (dd/MM/yyyy, the whole day included), in Vietnamese. */
function lateness(receivedAt, deadlineDay) {
  const [day, month, year] = deadlineDay.split('/').map(Number);
  const endOfDeadline = Date.UTC(year, month - 1, day + 1) - VIETNAM_OFFSET_MS;
  const late = parseDate(receivedAt).getTime() - endOfDeadline;
  if (late <= 0) {
    return 'Trong hạn (hạn cuối ' + deadlineDay + ')';
  }
  const days = Math.floor(late / DAY_MS);
  const hours = Math.floor((late % DAY_MS) / 3600000);
  const parts = (days > 0 ? days + ' ngày ' : '') + (days > 0 && hours === 0 ? '' : Math.max(hours, 1) + ' giờ');
  return 'Muộn ' + parts.trim() + ' so với hạn cuối ' + deadlineDay;
}

function getJson(url) {
  return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => response.ok ? response.json() : Promise.reject(response.status));
}

/**
 * The receiving office's decision on a late registration or dossier (forms/decide-late-*.html): shows the unit,
 * the receipt time and the lateness, and refuses to submit without a decision and a reason — the same rule as
 * the server's LateDecisionCheck, which stays the one that counts.
 *
 * @param names {decision, reason, receivedAt, stage}: the process variables and the campaign stage (REGISTRATION
 *        or SELF_ASSESSMENT) whose deadline was missed
 */
function lateDecision(camForm, names) {
  const form = camForm.formElement[0];
  const show = (role, text) => { form.querySelector('[data-dx="' + role + '"]').textContent = text; };

  const shown = ['unitCode', 'campaignId', names.receivedAt];
  camForm.on('form-loaded', () => shown.forEach(name => camForm.variableManager.fetchVariable(name)));

  camForm.on('variables-fetched', () => {
    const [unitCode, campaignId, receivedAt] = shown.map(name => camForm.variableManager.variableValue(name));
    // Only shown: Camunda would submit every fetched variable without a field, and the server refuses them.
    shown.forEach(name => camForm.variableManager.destroyVariable(name));
    show('unit', unitCode);
    show('received', receivedAt ? vietnamTime(receivedAt) : 'chưa ghi nhận');
    getJson('/api/units/' + encodeURIComponent(unitCode))
      .then(unit => show('unit', unit.name + ' (mã ' + unit.code + ')'))
      .catch(() => { /* the code alone stays shown */ });
    getJson('/api/campaigns')
      .then(campaigns => {
        const deadline = (campaigns.find(c => c.id === campaignId) || {deadlines: {}}).deadlines[names.stage];
        show('lateness', receivedAt && deadline ? lateness(receivedAt, deadline) : 'Không xác định được hạn nộp');
      })
      .catch(() => show('lateness', 'Không xác định được hạn nộp'));
  });

  // Camunda binds one input per variable, so the radios fill the form's hidden field of the decision.
  const decision = form.querySelector('[cam-variable-name="' + names.decision + '"]');
  form.querySelectorAll('input[name="decision"]').forEach(radio => radio.addEventListener('change', () => {
    decision.value = radio.value;
  }));

  camForm.on('submit', () => {
    const reason = form.querySelector('[cam-variable-name="' + names.reason + '"]').value.trim();
    const error = !decision.value ? 'Vui lòng chọn Tiếp nhận hoặc Từ chối.'
        : !reason ? 'Vui lòng nêu lý do của quyết định.' : '';
    show('error', error);
    form.querySelector('[data-dx="error"]').hidden = !error;
    // Camunda's form reads this flag on itself once the submit handlers ran.
    camForm.submitPrevented = Boolean(error);
  });
}

window.DXFlowForms = {vietnamTime, lateness, lateDecision};
