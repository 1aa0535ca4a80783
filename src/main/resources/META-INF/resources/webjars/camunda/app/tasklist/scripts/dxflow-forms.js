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

/** Camunda's CSRF token of the Tasklist session, which every changing request to /api must send. */
function csrfToken() {
  const cookie = document.cookie.split('; ').find(entry => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** A refused request as an Error whose message is the server's Vietnamese one (DXFlow's API answers {message}). */
function failure(status, body) {
  const fallback = status === 401 ? 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.'
      : status === 403 ? 'Bạn không có quyền thực hiện thao tác này.'
      : status === 0 ? 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.'
      : 'Máy chủ không xử lý được yêu cầu (mã ' + status + '). Vui lòng thử lại.';
  const error = new Error(body && body.message ? body.message : fallback);
  error.status = status;
  error.details = body && Array.isArray(body.problems) ? body.problems : [];
  return error;
}

function readFailure(response) {
  return response.json().catch(() => null).then(body => Promise.reject(failure(response.status, body)));
}

function getJson(url) {
  return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => response.ok ? response.json() : readFailure(response));
}

/** PUT/POST/DELETE with a JSON body (or none); resolves to the answer's JSON, or null when it has none. */
function sendJson(method, url, body) {
  const headers = {Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()};
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  return fetch(url, {method, credentials: 'same-origin', headers, body: body === undefined ? undefined : JSON.stringify(body)})
    .then(response => !response.ok ? readFailure(response)
        : response.status === 204 ? null : response.json().catch(() => null));
}

/** Saves what a POST answers (a generated or signed PDF) under its own name, as a download. */
function download(method, url, fallbackName) {
  return fetch(url, {method, credentials: 'same-origin', headers: {'X-XSRF-TOKEN': csrfToken()}})
    .then(response => response.ok ? response.blob().then(blob => {
      const disposition = response.headers.get('Content-Disposition') || '';
      const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = encoded ? decodeURIComponent(encoded[1]) : fallbackName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      return blob;
    }) : readFailure(response));
}

/**
 * A multipart upload with progress (XMLHttpRequest: fetch reports no upload progress).
 *
 * @param fields   the form fields, the file among them
 * @param progress called with the share sent, 0 to 1
 * @returns {promise, cancel}: the promise resolves to the answer's JSON and rejects with an Error carrying the
 *          server's Vietnamese message, or {cancelled: true} after cancel()
 */
function upload(url, fields, progress) {
  const body = new FormData();
  Object.entries(fields).forEach(([name, value]) => body.append(name, value));
  return send(url, body, progress);
}

/**
 * The file itself as the request body, with progress: the server streams it to the repository without a form
 * parser's copy. The parameters (unit, year, criterion, name) go in the address. Same answer as upload().
 */
function uploadFile(url, parameters, file, progress) {
  const query = Object.entries(parameters).map(([name, value]) => encodeURIComponent(name) + '='
      + encodeURIComponent(value)).join('&');
  return send(url + '?' + query, file, progress, 'application/octet-stream');
}

function send(url, body, progress, contentType) {
  const request = new XMLHttpRequest();
  const promise = new Promise((resolve, reject) => {
    request.upload.addEventListener('progress', event => {
      if (event.lengthComputable && progress) {
        progress(event.loaded / event.total);
      }
    });
    request.addEventListener('load', () => {
      let answer = null;
      try {
        answer = JSON.parse(request.responseText);
      } catch (e) {
        answer = null;
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(answer);
      } else {
        reject(failure(request.status, answer));
      }
    });
    request.addEventListener('error', () => reject(failure(0, null)));
    request.addEventListener('abort', () => {
      const cancelled = new Error('Đã hủy tải lên.');
      cancelled.cancelled = true;
      reject(cancelled);
    });
  });
  request.open('POST', url);
  request.setRequestHeader('X-XSRF-TOKEN', csrfToken());
  request.setRequestHeader('Accept', 'application/json');
  if (contentType) {
    request.setRequestHeader('Content-Type', contentType);
  }
  request.send(body);
  return {promise, cancel: () => request.abort()};
}

/**
 * A DOM element. Attributes: text sets the text, on… functions listen, true is present, false/null/undefined absent.
 * Children: nodes, or anything else as text (never HTML).
 */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name === 'text') {
      node.textContent = value;
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.substring(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().filter(child => child !== null && child !== undefined)
    .forEach(child => node.append(child instanceof Node ? child : String(child)));
  return node;
}

/** A criterion value in one line, numbers with the decimal comma: "Có · 12 · 55,5 %", or "Chưa nhập". */
function valueText(value) {
  const v = value || {};
  const parts = [];
  if (v.yes !== null && v.yes !== undefined) {
    parts.push(v.yes ? 'Có' : 'Không');
  }
  if (v.count !== null && v.count !== undefined) {
    parts.push(String(v.count));
  }
  if (v.percent !== null && v.percent !== undefined) {
    parts.push(String(v.percent).replace('.', ',') + ' %');
  }
  if (v.communeLevels && v.communeLevels.length) {
    parts.push('mức các xã: ' + v.communeLevels.join(', '));
  }
  return parts.length ? parts.join(' · ') : 'Chưa nhập';
}

/** "Mức 2 - Kết nối", as the reports write a level of the catalog. */
function levelName(catalog, level) {
  const named = (catalog.levels || {})[level];
  return 'Mức ' + level + (named ? ' - ' + named.name : '');
}

/**
 * A stored document's signature verdict in Vietnamese, the one wording of every form (ETSI EN 319 102-1 indication
 * from the server's verification). Only TOTAL_PASSED counts as signed: an INDETERMINATE signature is not.
 */
function signatureVerdict(document) {
  if (!document) {
    return '';
  }
  if (document.signatureSubIndication === 'SIGNED_DATA_NOT_FOUND') {
    return 'Chưa ký số';   // an unsigned PDF: INDETERMINATE for the verifier, no signature for the reader
  }
  return {
    TOTAL_PASSED: 'Chữ ký số hợp lệ',
    INDETERMINATE: 'Chưa xác định được tính hợp lệ của chữ ký số: chưa được coi là đã ký',
    TOTAL_FAILED: 'Chữ ký số không hợp lệ'
  }[document.signatureIndication] || (document.mediaType === 'application/pdf' ? 'Chưa ký số' : '');
}

/** Whether a stored document counts as signed: its signature verified (TOTAL_PASSED), nothing less. */
function validlySigned(document) {
  return Boolean(document) && document.signatureIndication === 'TOTAL_PASSED';
}

/** dd/MM/yyyy in Việt Nam. */
function vietnamDate(value) {
  return vietnamTime(value).substring(0, 10);
}

/** "Còn 6 ngày 14 giờ" before a deadline, "Đã quá hạn 2 ngày 3 giờ" after it (both instants as Date or string). */
function countdown(deadline, now) {
  const left = parseDate(deadline).getTime() - parseDate(now).getTime();
  const span = Math.abs(left);
  const days = Math.floor(span / DAY_MS);
  const hours = Math.floor((span % DAY_MS) / 3600000);
  const minutes = Math.floor((span % 3600000) / 60000);
  const text = days > 0 ? days + ' ngày ' + hours + ' giờ' : hours > 0 ? hours + ' giờ ' + minutes + ' phút' : minutes + ' phút';
  return left >= 0 ? 'Còn ' + text : 'Đã quá hạn ' + text;
}

/** Bytes as "2,5 MB" (Vietnamese decimal comma). */
function fileSize(bytes) {
  const units = ['byte', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return (unit === 0 ? String(value) : value.toFixed(1).replace('.', ',')) + ' ' + units[unit];
}

/**
 * Reads process variables that the form only shows: fetched when the form loads, then dropped, because Camunda
 * would submit every fetched variable that has no field and the server refuses undeclared ones.
 *
 * @param then called with an object of the values by name
 */
function showVariables(camForm, names, then) {
  camForm.on('form-loaded', () => names.forEach(name => camForm.variableManager.fetchVariable(name)));
  camForm.on('variables-fetched', () => {
    const values = {};
    names.forEach(name => {
      values[name] = camForm.variableManager.variableValue(name);
      camForm.variableManager.destroyVariable(name);
    });
    then(values);
  });
}

/** Camunda binds one input per variable: radios named {@code group} fill the form's hidden field of it. */
function radiosFill(form, group, variable) {
  const field = form.querySelector('[cam-variable-name="' + variable + '"]');
  form.querySelectorAll('input[name="' + group + '"]').forEach(radio => radio.addEventListener('change', () => {
    field.value = radio.value;
    field.dispatchEvent(new Event('input', {bubbles: true}));
  }));
  return field;
}

/** Shows (or, with an empty text, hides) the form's [data-dx=error] alert; true when there is an error. */
function showError(form, text) {
  const alert = form.querySelector('[data-dx="error"]');
  alert.textContent = text || '';
  alert.hidden = !text;
  if (text) {
    alert.scrollIntoView({block: 'center'});
  }
  return Boolean(text);
}

/**
 * The receiving office's decision on a late registration or dossier (forms/decide-late-*.html): shows the unit,
 * the receipt time and the lateness, and refuses to submit without a decision and a reason — the same rule as
 * the server's LateDecisionCheck, which stays the one that counts. A form with a [data-dx=completeness] list (the
 * late dossier) also gets a read-only summary of what the dossier holds, for the completeness check.
 *
 * @param names {decision, reason, receivedAt, stage}: the process variables and the campaign stage (REGISTRATION
 *        or SELF_ASSESSMENT) whose deadline was missed
 */
function lateDecision(camForm, names) {
  const form = camForm.formElement[0];
  const show = (role, text) => { form.querySelector('[data-dx="' + role + '"]').textContent = text; };

  showVariables(camForm, ['unitCode', 'campaignId', names.receivedAt], values => {
    const unitCode = values.unitCode;
    const receivedAt = values[names.receivedAt];
    show('unit', unitCode);
    show('received', receivedAt ? vietnamTime(receivedAt) : 'chưa ghi nhận');
    getJson('/api/units/' + encodeURIComponent(unitCode))
      .then(unit => show('unit', unit.name + ' (mã ' + unit.code + ')'))
      .catch(() => { /* the code alone stays shown */ });
    getJson('/api/campaigns')
      .then(campaigns => {
        const deadline = (campaigns.find(c => c.id === values.campaignId) || {deadlines: {}}).deadlines[names.stage];
        show('lateness', receivedAt && deadline ? lateness(receivedAt, deadline) : 'Không xác định được hạn nộp');
      })
      .catch(() => show('lateness', 'Không xác định được hạn nộp'));
  });

  const completeness = form.querySelector('[data-dx="completeness"]');
  if (completeness) {
    const line = text => completeness.appendChild(Object.assign(document.createElement('li'), {textContent: text}));
    const engine = '/camunda/api/engine/engine/default/';
    getJson(engine + 'task/' + encodeURIComponent(camForm.taskId)).then(task => Promise.all([
      getJson('/api/assessments/' + encodeURIComponent(task.processInstanceId)), getJson('/api/campaigns'),
      // 404 when the unit uploaded no signed Mẫu 01 (SignedReports records the variable)
      getJson(engine + 'process-instance/' + task.processInstanceId + '/variables/signedReport_MAU_01').catch(() => null)]))
      .then(([view, campaigns, signed]) => {
        const year = (campaigns.find(c => c.id === view.campaignId) || {}).year;
        const measured = value => value && ['percent', 'yes', 'count', 'communeLevels'].some(field => value[field] !== null);
        const applicable = view.result.selfAssessed.criteria.filter(c => c.outcome !== 'NOT_APPLICABLE').map(c => c.code);
        const valued = applicable.filter(code => measured(view.selfAssessed[code]));
        const bare = applicable.filter(code => !measured(view.selfAssessed[code]) && !(view.selfAssessed[code] || {}).note);
        line('Tiêu chí có số liệu: ' + valued.length + '/' + applicable.length);
        line('Tiêu chí không có số liệu và không có giải trình: ' + (bare.length ? bare.join(', ') : 'không có'));
        return getJson('/api/evidence?unit=' + encodeURIComponent(view.unitCode) + '&year=' + year).then(documents => {
          // The variable holds "<CMIS id> sha256:<hash>" of the uploaded copy: its verdict decides, not its presence.
          const hash = signed && signed.value ? String(signed.value).split('sha256:')[1] : null;
          const copy = hash ? documents.find(d => d.criterion === 'BAO-CAO' && d.sha256 === hash) : null;
          line('Mẫu 01 đã ký số: ' + (validlySigned(copy) ? 'có (' + signatureVerdict(copy) + ')'
              : copy ? 'chưa có bản ký số hợp lệ (' + signatureVerdict(copy) + ')' : 'chưa có'));
          line('Tài liệu minh chứng: ' + documents.filter(d => d.criterion !== 'BAO-CAO').length);
        });
      })
      .catch(error => line('Không tải được thông tin hồ sơ: ' + error.message));
  }

  const decision = radiosFill(form, 'decision', names.decision);

  camForm.on('submit', () => {
    const reason = form.querySelector('[cam-variable-name="' + names.reason + '"]').value.trim();
    // Camunda's form reads this flag on itself once the submit handlers ran.
    camForm.submitPrevented = showError(form, !decision.value ? 'Vui lòng chọn Tiếp nhận hoặc Từ chối.'
        : !reason ? 'Vui lòng nêu lý do của quyết định.' : '');
  });
}

// Keyboard users must see where they are: Tasklist's theme removes the focus ring of fields.
const focusStyle = document.createElement('style');
focusStyle.textContent = '.dxflow-form :focus-visible { outline: 3px solid #1f6fd1; outline-offset: 2px; }';
document.head.appendChild(focusStyle);

window.DXFlowForms = {
  vietnamTime, vietnamDate, lateness, countdown, fileSize, parseDate, el, levelName, valueText, signatureVerdict, validlySigned,
  getJson, sendJson, download, upload, uploadFile, showVariables, radiosFill, showError,
  lateDecision
};
