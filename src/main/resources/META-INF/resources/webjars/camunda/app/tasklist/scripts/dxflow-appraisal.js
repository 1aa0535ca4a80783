// DXFlow: the two forms that check a unit's values criterion by criterion. The appraisal council's
// (forms/appraise.html): self-assessed and appraised values side by side, the server's Đạt/Không đạt per criterion,
// the unit's evidence, the supplement request and Mẫu 02. The department's verification (forms/verify.html): the
// appraised and the verified values side by side, its conclusion and Mẫu 04. Loaded by config.js (customScripts);
// each form's cam-script makes one call: DXFlowAppraisal.appraise(camForm) or DXFlowAppraisal.verify(camForm).
// The server decides everything that counts: AppraisalCheck and VerificationCheck refuse the same things with the
// same messages.
(() => {
  const DAY_MS = 24 * 3600 * 1000;
  const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;
  /** Evidence folder of the reports (EvidenceStore.REPORTS): not the evidence of a criterion. */
  const REPORTS_FOLDER = 'BAO-CAO';
  const ENGINE = '/camunda/api/engine/engine/default';
  const FIELDS = ['percent', 'yes', 'count', 'communeLevels', 'note'];

  const forms = () => window.DXFlowForms;   // loaded by the same config.js, in no guaranteed order

  /**
   * What differs between the two checks: whose values are compared with whose (the assessment view's fields and the
   * API's), the report, the decision's field, and the words.
   */
  const STEPS = {
    appraisal: {
      values: 'appraised', earlier: 'selfAssessed', result: 'result', report: 'mau-02', reportName: 'Mẫu 02',
      decisionGroup: 'decision', decisionVariable: 'appraisalDecision', save: 'Lưu kết quả thẩm định',
      earlierNote: 'Giải trình: ', remark: 'Nhận xét của Hội đồng', differs: 'Khác kết quả tự đánh giá',
      prefilled: 'Giá trị thẩm định đang lấy theo kết quả tự đánh giá, chưa lưu.',
      choose: 'Vui lòng chọn Hoàn thành thẩm định hoặc Yêu cầu bổ sung hồ sơ.'
    },
    verification: {
      values: 'verified', earlier: 'appraised', result: 'verification', report: 'mau-04', reportName: 'Mẫu 04',
      decisionGroup: 'verification', decisionVariable: 'verificationResult', save: 'Lưu kết quả thẩm tra',
      earlierNote: 'Nhận xét của Hội đồng: ', remark: 'Nhận xét của Sở', differs: 'Khác kết quả thẩm định',
      prefilled: 'Giá trị thẩm tra đang lấy theo kết quả thẩm định, chưa lưu: nếu không thay đổi, Sở xác nhận kết quả thẩm định.',
      choose: 'Vui lòng chọn kết quả thẩm tra: Đạt hoặc Không đạt.',
      // VerificationCheck's wording
      contradicts: 'Kết quả thẩm tra theo số liệu đã lưu là không đạt: chỉ có thể chọn Không đạt.'
    }
  };

  const el = (...args) => forms().el(...args);

  /** The style of both forms, added to the page once. */
  function injectStyle() {
    if (document.getElementById('dxflow-appraisal-style')) {
      return;
    }
    document.head.append(el('style', {id: 'dxflow-appraisal-style'}, `
      /* 1366×768: the table scrolls inside its box so that its header stays in sight */
      .dxflow-appraisal .dx-scroll { max-height: 65vh; overflow: auto; border: 1px solid #ddd; }
      .dxflow-appraisal table { margin: 0; font-size: 13px; table-layout: fixed; width: 100%; min-width: 680px; }
      .dxflow-appraisal thead th { position: sticky; top: 0; z-index: 1; background: #f5f5f5; }
      .dxflow-appraisal td, .dxflow-appraisal th { overflow-wrap: anywhere; vertical-align: top; }
      .dxflow-appraisal col.dx-name { width: 30%; } .dxflow-appraisal col.dx-self { width: 22%; }
      .dxflow-appraisal col.dx-evidence { width: 20%; } .dxflow-appraisal col.dx-value { width: 28%; }
      .dxflow-appraisal tr.dx-group th { background: #eef3f8; }
      .dxflow-appraisal tr.dx-differs { background: #fcf8e3; box-shadow: inset 4px 0 #f0ad4e; }
      .dxflow-appraisal .dx-differs-text { display: block; color: #8a6d3b; font-weight: bold; }
      .dxflow-appraisal .dx-differs-text[hidden] { display: none; }
      .dxflow-appraisal .dx-unit { display: inline-flex; align-items: center; gap: 4px; }
      .dxflow-appraisal .dx-pair { display: flex; flex-direction: column; gap: 4px; }
      .dxflow-appraisal td input.form-control { display: inline-block; width: 6em; }
      .dxflow-appraisal td select.form-control { display: inline-block; width: auto; }
      .dxflow-appraisal .dx-badge { display: inline-block; margin-top: 4px; }
      .dxflow-appraisal .dx-note { white-space: pre-wrap; margin-top: 4px; }
      .dxflow-appraisal textarea.dx-remark { margin-top: 6px; resize: vertical; }
      .dxflow-appraisal .dx-file { position: relative; overflow: hidden; margin: 0; }
      .dxflow-appraisal .dx-file input { position: absolute; inset: 0; opacity: 0; cursor: pointer; }
      .dxflow-appraisal .dx-file:focus-within { outline: 3px solid #1f6fb2; outline-offset: 1px; }
      .dxflow-appraisal :focus-visible { outline: 3px solid #1f6fb2; outline-offset: 1px; }
    `));
  }

  /** The threshold whose kind decides the input: at the target level, else the first level that applies. */
  function thresholdOf(criterion, target) {
    if (criterion.target) {
      return criterion.target;
    }
    const levels = criterion.levels || {};
    const atTarget = target ? levels[target] : null;
    if (atTarget && atTarget.kind !== 'notApplicable') {
      return atTarget;
    }
    return Object.values(levels).find(t => t.kind !== 'notApplicable') || {kind: 'notApplicable', text: 'Không áp dụng'};
  }

  /** A number as typed, with the Vietnamese decimal comma or a point: null when empty, NaN when it is no number. */
  function decimal(value) {
    if (value === null || value === undefined || String(value).trim() === '') {
      return null;
    }
    const text = String(value).trim();
    return /^\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
  }

  /** A count as typed: digits only ("1.500" is no count here: a point groups thousands in Vietnamese). */
  function whole(value) {
    if (value === null || value === undefined || String(value).trim() === '') {
      return null;
    }
    return /^\d+$/.test(String(value).trim()) ? Number(String(value).trim()) : NaN;
  }

  /** A number shown as officials write it: 55,5. */
  function shown(value) {
    return value === null || value === undefined ? '' : String(value).replace('.', ',');
  }

  /** A CriterionValue with every field, nulls for the empty ones: what is compared, saved and stored as draft. */
  function normalize(value) {
    const v = value || {};
    return {
      percent: decimal(v.percent),
      yes: typeof v.yes === 'boolean' ? v.yes : null,
      count: whole(v.count),
      communeLevels: Array.isArray(v.communeLevels) && v.communeLevels.length ? v.communeLevels.map(Number) : null,
      note: v.note && String(v.note).trim() ? String(v.note).trim() : null
    };
  }

  /** How a value reads in the self-assessed column. */
  function display(value) {
    return forms().valueText(normalize(value));
  }

  /**
   * Text, not type=number: a number input shows "55.5" in an English browser beside the self-assessed "55,5", and
   * reads a comma as nothing at all.
   */
  function numberInput(label, attributes) {
    return el('input', Object.assign({type: 'text', class: 'form-control input-sm dx-number', 'aria-label': label}, attributes));
  }

  /**
   * The appraised-value input fitting the threshold kind: {node, read() → the measure fields, write(value)}.
   * For a yes/no criterion the choice itself is the Đạt/Không đạt verdict.
   */
  function valueInput(kind, code) {
    const label = text => text + ' – tiêu chí ' + code;
    if (kind === 'percentMin') {
      const percent = numberInput(label('Tỷ lệ thẩm định (%)'), {inputmode: 'decimal'});
      return {node: el('span', {class: 'dx-unit'}, percent, ' %'),
        read: () => ({percent: percent.value}), write: v => { percent.value = shown(v.percent); }};
    }
    if (kind === 'yesNo') {
      const select = el('select', {class: 'form-control input-sm', 'aria-label': label('Thẩm định Có/Không')},
        el('option', {value: '', text: '— Chưa chọn —'}),
        el('option', {value: 'true', text: 'Có (Đạt)'}),
        el('option', {value: 'false', text: 'Không (Không đạt)'}));
      return {node: select, read: () => ({yes: select.value === '' ? null : select.value === 'true'}),
        write: v => { select.value = v.yes === null ? '' : String(v.yes); }};
    }
    if (kind === 'countMin') {
      const count = numberInput(label('Số lượng thẩm định'), {inputmode: 'numeric'});
      return {node: count, read: () => ({count: count.value}), write: v => { count.value = shown(v.count); }};
    }
    if (kind === 'countOrPercent') {
      const count = numberInput(label('Số lượng thẩm định'), {inputmode: 'numeric', placeholder: 'Số lượng'});
      const percent = numberInput(label('Tỷ lệ thẩm định (%)'), {inputmode: 'decimal', placeholder: 'Tỷ lệ'});
      return {node: el('span', {class: 'dx-pair'}, count, el('span', {class: 'dx-unit'}, percent, ' %')),
        read: () => ({count: count.value, percent: percent.value}),
        write: v => { count.value = shown(v.count); percent.value = shown(v.percent); }};
    }
    if (kind === 'communeDistribution') {
      const levels = el('input', {type: 'text', class: 'form-control input-sm', inputmode: 'numeric',
        placeholder: 'VD: 3, 3, 2, 4', 'aria-label': label('Mức độ của từng xã, cách nhau bởi dấu phẩy')});
      return {node: levels,
        read: () => ({communeLevels: levels.value.split(/[\s,;]+/).filter(Boolean).map(Number)}),
        write: v => { levels.value = v.communeLevels ? v.communeLevels.join(', ') : ''; }};
    }
    return {node: el('span', {class: 'text-muted', text: 'Không áp dụng'}), read: () => ({}), write: () => {}};
  }

  function badge(result) {
    const outcome = result ? result.outcome : null;
    const style = {MET: 'success', NOT_MET: 'danger', MISSING: 'warning', TARGET_NOT_SET: 'warning'}[outcome] || 'default';
    return el('span', {class: 'label label-' + style + ' dx-badge', text: result && result.label ? result.label : '—'});
  }

  /**
   * Criteria the council has not appraised (AppraisalCheck refuses to complete with them, same message): without a
   * value at the registered level, or, without a registered level, at any level.
   */
  function missingCodes(appraised) {
    const anyLevel = appraised.targetLevel === null || appraised.targetLevel === undefined;
    return appraised.criteria.filter(c => c.outcome === 'MISSING'
      || (anyLevel && Object.values(c.levels || {}).includes('MISSING'))).map(c => c.code);
  }

  function missingMessage(codes) {
    return 'Chưa thể hoàn thành thẩm định: các tiêu chí ' + codes.join(', ')
      + ' chưa có giá trị thẩm định đã lưu. Vui lòng nhập và bấm "' + STEPS.appraisal.save + '".';
  }

  function levelName(catalog, level) {
    return level === null || level === undefined ? 'Không đăng ký'
      : level === 0 ? 'chưa đạt mức nào' : forms().levelName(catalog, level);
  }

  /** The result in one line; without a registered level the criteria are judged at the level reached (level 1 while none is). */
  function summaryText(catalog, assessment) {
    const tally = assessment.tally || {met: 0, counted: 0, ratePercent: null};
    const rate = tally.ratePercent === null ? '' : ', tỷ lệ đạt ' + String(tally.ratePercent).replace('.', ',') + ' %';
    const counted = ' · ' + tally.met + '/' + tally.counted + ' tiêu chí đạt' + rate + '.';
    if (Object.keys(catalog.levels).length) {
      if (assessment.targetLevel === null || assessment.targetLevel === undefined) {
        return 'Mức đạt được: ' + levelName(catalog, assessment.reachedLevel) + ' (không đăng ký mức; đánh giá tại '
          + forms().levelName(catalog, assessment.assessedLevel) + ')' + counted;
      }
      return 'Mức đạt được: ' + levelName(catalog, assessment.reachedLevel) + '; mức đăng ký: '
        + levelName(catalog, assessment.targetLevel)
        + (assessment.passed ? ' (đạt mức đăng ký)' : ' (chưa đạt mức đăng ký)') + counted;
    }
    return 'Kết quả: ' + (assessment.passed === null ? 'chưa xác định (bộ tiêu chí chưa quy định điều kiện đạt)'
      : assessment.passed ? 'ĐẠT' : 'KHÔNG ĐẠT') + counted;
  }

  const signatureText = document => forms().signatureVerdict(document);

  function evidenceList(documents) {
    if (!documents.length) {
      return el('span', {class: 'text-muted', text: 'Không có tài liệu'});
    }
    return el('ul', {class: 'list-unstyled dx-evidence'}, documents.map(document => el('li', null,
      el('a', {href: '/api/evidence/' + encodeURIComponent(document.id) + '/content?inline=true', target: '_blank', rel: 'noopener',
        text: document.fileName, title: 'Mở tài liệu trong thẻ mới'}),
      el('small', {class: 'text-muted', text: ' (' + forms().fileSize(document.size)
        + (signatureText(document) ? ', ' + signatureText(document) : '') + ')'}))));
  }

  /** End of the day {@code days} days after now in Việt Nam, never after the appraisal deadline (Deadlines.supplement). */
  function supplementDeadline(serverTime, days, appraisalDue) {
    const local = new Date(forms().parseDate(serverTime).getTime() + VIETNAM_OFFSET_MS);
    const end = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days + 1) - VIETNAM_OFFSET_MS;
    const due = appraisalDue ? forms().parseDate(appraisalDue).getTime() : Infinity;
    return new Date(Math.min(end, due) - 1);
  }

  function review(camForm, step) {
    const F = forms();
    injectStyle();
    const form = camForm.formElement[0];
    const find = role => form.querySelector('[data-dx="' + role + '"]');
    const rows = {};   // criterion code → {row, input, note, self, appraised}
    const state = {view: null, catalog: null, task: null, saved: '{}', touched: false};
    const draftKey = () => 'dxflow-' + step.values + '-draft:' + state.task.processInstanceId;

    const status = (text, error) => {
      const line = find('status');
      line.textContent = text;
      line.className = error ? 'text-danger' : 'text-muted';
    };

    /** The appraised values as the inputs hold them, by criterion code (empty criteria left out). */
    function collect() {
      const values = {};
      Object.entries(rows).forEach(([code, row]) => {
        const value = normalize(Object.assign(row.input.read(), {note: row.note.value}));
        if (FIELDS.some(field => value[field] !== null)) {
          values[code] = value;
        }
      });
      return values;
    }

    const dirty = () => JSON.stringify(collect()) !== state.saved;

    /** An Appraisal of the server: the earlier step's values (selfAssessed) beside this step's (appraised). */
    function render(result) {
      const appraised = result.appraised;
      const self = result.selfAssessed;
      const byCode = list => Object.fromEntries(list.criteria.map(c => [c.code, c]));
      const selfResults = byCode(self);
      const appraisedResults = byCode(appraised);
      Object.entries(rows).forEach(([code, row]) => {
        row.self.replaceChildren(badge(selfResults[code]));
        row.appraised.replaceChildren(badge(appraisedResults[code]));
        const differs = result.differing.includes(code);
        row.row.classList.toggle('dx-differs', differs);
        row.differs.hidden = !differs;
      });
      find('summary-self').textContent = summaryText(state.catalog, self);
      find('summary-appraised').textContent = summaryText(state.catalog, appraised);
      find('blocking').textContent = appraised.blocking.length ? appraised.blocking.join(', ') : 'Không có';
    }

    /** Scores what the inputs hold now, without saving (the badges follow every change). */
    let rescoreTimer = null;
    function rescore() {
      clearTimeout(rescoreTimer);
      rescoreTimer = setTimeout(() => F.sendJson('POST', '/api/catalogs/' + encodeURIComponent(state.view.catalogId) + '/appraise', {
        unitCode: state.view.unitCode, targetLevel: state.view.targetLevel,
        selfAssessed: state.view[step.earlier], appraised: collect()
      }).then(result => {
        render(result);
      }).catch(error => status(error.message, true)), 250);
    }

    function changed() {
      state.touched = true;
      try {
        // The draft remembers which saved values it was typed over: newer saved values win over it.
        localStorage.setItem(draftKey(), JSON.stringify({base: state.saved, values: collect()}));
      } catch (e) { /* no storage: the inputs still hold the values */ }
      status('Có thay đổi chưa lưu.');
      rescore();
    }

    function save() {
      const values = collect();
      const notNumbers = Object.entries(values).filter(([, v]) => Number.isNaN(v.percent) || Number.isNaN(v.count))
        .map(([code]) => code);
      if (notNumbers.length) {
        // JSON would send NaN as null: a typing slip would erase the value instead of being refused.
        status('Giá trị của tiêu chí ' + notNumbers.join(', ') + ' phải là số (tỷ lệ: ví dụ 85 hoặc 85,5; số lượng: số nguyên).', true);
        return Promise.resolve();
      }
      status('Đang lưu…');
      return F.sendJson('PUT', '/api/assessments/' + encodeURIComponent(state.task.processInstanceId) + '/' + step.values, values)
        .then(() => F.getJson('/api/assessments/' + encodeURIComponent(state.task.processInstanceId)))
        .then(view => {
          state.view = view;
          state.saved = JSON.stringify(values);
          state.touched = false;
          try {
            localStorage.removeItem(draftKey());
          } catch (e) { /* nothing kept */ }
          render(view[step.result]);
          F.showError(form, '');   // a refusal about unsaved or missing values no longer holds
          status('Đã lưu lúc ' + F.vietnamTime(view.serverTime).substring(11));
        })
        // the inputs keep what was typed: nothing is lost when the server refuses
        .catch(error => status(error.message, true));
    }

    function buildTable(evidence) {
      const target = state.view.targetLevel;
      const body = find('criteria');
      state.catalog.groups.forEach(group => {
        body.appendChild(el('tr', {class: 'dx-group'}, el('th', {colspan: 4, scope: 'colgroup', text: group.code + '. ' + group.name})));
        group.criteria.forEach(criterion => {
          const threshold = thresholdOf(criterion, target);
          const selfValue = state.view[step.earlier][criterion.code];
          const input = valueInput(threshold.kind, criterion.code);
          const note = el('textarea', {class: 'form-control input-sm dx-remark', rows: 2, maxlength: 2000,
            placeholder: step.remark, 'aria-label': step.remark + ' – tiêu chí ' + criterion.code});
          const row = {input, note, self: el('span'), appraised: el('span'),
            differs: el('small', {class: 'dx-differs-text', text: step.differs, hidden: true})};
          row.row = el('tr', {'data-criterion': criterion.code},
            el('td', null, el('strong', {text: criterion.stt + '. '}), criterion.name,
              el('div', {class: 'text-muted small', text: 'Chỉ tiêu: ' + threshold.text + (criterion.unit ? ' (' + criterion.unit + ')' : '')})),
            el('td', {'data-dx': 'self'}, el('div', {text: display(selfValue)}), row.self,
              selfValue && selfValue.note ? el('div', {class: 'small dx-note', text: step.earlierNote + selfValue.note}) : null),
            el('td', null, evidenceList(evidence[criterion.code] || [])),
            el('td', {'data-dx': 'appraised'}, input.node, ' ', row.appraised, row.differs, note));
          rows[criterion.code] = row;
          body.appendChild(row.row);
        });
      });
      body.addEventListener('input', changed);
      body.addEventListener('change', changed);
    }

    /** The saved values, or the earlier step's (without its notes) until this step saves its own. */
    function fill() {
      const saved = state.view[step.values];
      const prefill = Object.keys(saved).length === 0;
      state.saved = JSON.stringify(prefill ? {} : Object.fromEntries(Object.entries(saved).map(([c, v]) => [c, normalize(v)])));
      let draft = null;
      let outdated = false;
      try {
        const kept = JSON.parse(localStorage.getItem(draftKey()) || 'null');
        outdated = Boolean(kept) && kept.base !== state.saved;
        draft = kept && !outdated ? kept.values : null;
        if (outdated) {
          localStorage.removeItem(draftKey());
        }
      } catch (e) { /* no draft */ }
      Object.entries(rows).forEach(([code, row]) => {
        const value = normalize(draft ? draft[code] : prefill ? Object.assign({}, state.view[step.earlier][code], {note: null}) : saved[code]);
        row.input.write(value);
        row.note.value = value.note || '';
      });
      state.touched = Boolean(draft) && dirty();
      status(state.touched ? 'Đã khôi phục các thay đổi chưa lưu trên máy này.'
        : outdated ? 'Đã có kết quả thẩm định mới hơn được lưu: các thay đổi chưa lưu trước đây trên máy này đã bỏ.'
        : prefill ? step.prefilled : 'Đã lưu trước đó.');
      rescore();
    }

    function showDeadline() {
      if (!find('days')) {
        return;
      }
      const days = Number(find('days').value);
      find('supplement-deadline').textContent = 'hết ngày '
        + F.vietnamDate(supplementDeadline(state.view.serverTime, days, state.task.due));
    }

    function reportUrl(suffix) {
      return '/api/reports/' + encodeURIComponent(state.task.processInstanceId) + '/' + step.report + suffix;
    }

    function reportAction(button, run) {
      find(button).addEventListener('click', () => {
        if (state.touched && dirty()) {
          find('report-status').textContent = 'Vui lòng bấm "' + step.save + '" trước khi tạo ' + step.reportName + '.';
          return;
        }
        find('report-status').textContent = 'Đang xử lý…';
        run().then(text => { find('report-status').textContent = text; })
          .catch(error => { find('report-status').textContent = error.message; });
      });
    }

    reportAction('download', () => F.download('GET', reportUrl(''), step.reportName + '.pdf')
      .then(blob => 'Đã tải ' + step.reportName + ' (' + F.fileSize(blob.size) + ').'));
    reportAction('demo-sign', () => F.download('POST', reportUrl('/demo-sign'), step.reportName + ' đã ký.pdf')
      .then(blob => 'Đã tải ' + step.reportName + ' ký số thử nghiệm (' + F.fileSize(blob.size) + ').'));
    find('signed-file').addEventListener('change', () => {
      const file = find('signed-file').files[0];
      find('signed-name').textContent = file ? file.name + ' (' + F.fileSize(file.size) + ')' : 'Chưa chọn tệp';
    });
    find('upload').addEventListener('click', () => {
      const file = find('signed-file').files[0];
      if (!file) {
        find('report-status').textContent = 'Vui lòng chọn tệp ' + step.reportName + ' đã ký.';
        return;
      }
      find('report-status').textContent = 'Đang tải lên…';
      F.upload(reportUrl('/signed'), {file}, share => { find('report-status').textContent = 'Đang tải lên… ' + Math.round(share * 100) + ' %'; })
        .promise.then(document => { find('report-status').textContent = 'Đã nhận ' + step.reportName + ' đã ký: ' + signatureText(document) + '. ' + (document.signatureReport || ''); })
        .catch(error => { find('report-status').textContent = error.message; });
    });

    find('save').addEventListener('click', save);
    const decision = F.radiosFill(form, step.decisionGroup, step.decisionVariable);
    if (find('supplement')) {
      form.querySelectorAll('input[name="decision"]').forEach(radio => radio.addEventListener('change', () => {
        find('supplement').hidden = decision.value !== 'SUPPLEMENT';
      }));
      find('days').addEventListener('change', showDeadline);
      // Camunda empties the list when the variable does not exist yet: the default supplement time then
      camForm.on('variables-applied', () => {
        if (!find('days').value) {
          find('days').value = '5';
        }
        if (state.view) {
          showDeadline();
        }
      });
    }

    F.getJson(ENGINE + '/task/' + encodeURIComponent(camForm.taskId))
      .then(task => {
        state.task = task;
        return Promise.all([F.getJson('/api/assessments/' + encodeURIComponent(task.processInstanceId)), F.getJson('/api/campaigns')]);
      })
      .then(([view, campaigns]) => {
        state.view = view;
        const campaign = campaigns.find(c => c.id === view.campaignId) || {};
        find('unit').textContent = view.unitCode;
        find('campaign').textContent = campaign.name || view.campaignId;
        F.getJson('/api/units/' + encodeURIComponent(view.unitCode))
          .then(unit => { find('unit').textContent = unit.name + ' (mã ' + unit.code + ')'; })
          .catch(() => { /* the code alone stays shown */ });
        find('deadline').textContent = state.task.due
          ? 'hết ngày ' + F.vietnamDate(new Date(F.parseDate(state.task.due).getTime() - 1)) + ' · ' + F.countdown(state.task.due, view.serverTime)
          : 'không có hạn riêng; hạn quyết định công nhận ' + ((campaign.deadlines || {}).RECOGNITION || 'chưa xác định');
        showDeadline();
        return Promise.all([F.getJson('/api/catalogs/' + encodeURIComponent(view.catalogId)),
          F.getJson('/api/evidence?unit=' + encodeURIComponent(view.unitCode) + '&year=' + campaign.year).catch(() => [])]);
      })
      .then(([catalog, documents]) => {
        state.catalog = catalog;
        find('target').textContent = levelName(catalog, state.view.targetLevel);
        const evidence = {};
        documents.filter(d => d.criterion !== REPORTS_FOLDER)
          .forEach(d => { (evidence[d.criterion] = evidence[d.criterion] || []).push(d); });
        buildTable(evidence);
        fill();
      })
      .catch(error => F.showError(form, 'Không tải được hồ sơ: ' + error.message));

    camForm.on('submit', () => {
      const chosen = decision.value;
      const request = find('request') ? find('request').value.trim() : '';
      const now = state.view ? F.parseDate(state.view.serverTime).getTime() : Date.now();
      // what the server will check: the saved values, as the last GET scored them
      const checked = state.view ? state.view[step.result].appraised : null;
      const missing = checked ? missingCodes(checked) : Object.keys(rows);
      // Camunda's form reads this flag on itself once the submit handlers ran.
      camForm.submitPrevented = F.showError(form, !chosen ? step.choose
        : state.touched && dirty() ? 'Có thay đổi chưa lưu. Vui lòng bấm "' + step.save + '" trước khi hoàn thành.'
        : chosen === 'COMPLETE' && missing.length ? missingMessage(missing)
        : chosen === 'DAT' && checked && checked.passed === false ? step.contradicts
        : chosen === 'SUPPLEMENT' && !request ? 'Vui lòng ghi rõ nội dung yêu cầu bổ sung hồ sơ.'
        : chosen === 'SUPPLEMENT' && state.task.due && now + DAY_MS > F.parseDate(state.task.due).getTime()
          ? 'Chỉ còn chưa đầy một ngày là đến hạn thẩm định nên không thể yêu cầu bổ sung hồ sơ; vui lòng hoàn thành thẩm định.'
        : '');
    });
  }

  window.DXFlowAppraisal = {
    appraise: camForm => review(camForm, STEPS.appraisal),
    verify: camForm => review(camForm, STEPS.verification)
  };
})();
