// DXFlow: the unit's dossier in Tasklist, one script for its two forms: the self-assessment
// (forms/self-assess.html) and the supplement the council asks for (forms/supplement.html). Both show the
// criteria of the catalog with the values, explanations (giải trình) and evidence of the unit, saved to DXFlow's
// API as the official types; the server scores them and stays the judge of every rule.
(() => {
  const SAVE_DELAY_MS = 800;
  const CONFIRM_MESSAGE = 'Vui lòng đánh dấu xác nhận nộp hồ sơ: sau khi nộp, tài liệu minh chứng sẽ được khóa.';
  // cycle/SubmissionCheck's wording, which the server applies whatever the browser does.
  const NOTE_MESSAGE = 'Vui lòng ghi rõ nội dung đã bổ sung hồ sơ.';

  const el = (...args) => window.DXFlowForms.el(...args);
  const button = (text, onClick, extra) => {
    const node = el('button', Object.assign({type: 'button', class: 'btn btn-default btn-sm'}, extra), text);
    node.addEventListener('click', onClick);
    return node;
  };

  function injectStyle() {
    if (document.getElementById('dxflow-dossier-style')) {
      return;
    }
    document.head.append(el('style', {id: 'dxflow-dossier-style'}, `
      .dxflow-dossier fieldset.dx-group { border: 1px solid #ddd; padding: 8px 12px; margin-bottom: 12px; }
      .dxflow-dossier fieldset.dx-group > legend { font-size: 16px; font-weight: bold; width: auto; border: 0; margin: 0; padding: 0 4px; }
      .dxflow-dossier .dx-criterion { border-top: 1px solid #eee; padding: 8px 0; }
      .dxflow-dossier .dx-criterion h5 { margin: 0 0 4px; font-weight: bold; }
      .dxflow-dossier .dx-inputs { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; }
      .dxflow-dossier .dx-inputs .form-control { width: 140px; }
      .dxflow-dossier .dx-note { width: 100%; }
      .dxflow-dossier .dx-result { font-weight: bold; }
      .dxflow-dossier .dx-result.dx-met { color: #2b7a0b; }
      .dxflow-dossier .dx-result.dx-not-met { color: #b00020; }
      .dxflow-dossier .dx-evidence { margin: 6px 0 0; padding-left: 18px; }
      .dxflow-dossier progress { width: 160px; vertical-align: middle; }
      .dxflow-dossier .dx-sticky { position: sticky; top: 0; z-index: 2; background: #fff; padding: 6px 0; border-bottom: 1px solid #ddd; }
    `));
  }

  /** The threshold the unit is measured against: the registered level's, else the first applicable level's. */
  function thresholdOf(criterion, targetLevel) {
    if (criterion.target) {
      return criterion.target;
    }
    const levels = criterion.levels || {};
    if (targetLevel && levels[targetLevel]) {
      return levels[targetLevel];
    }
    return Object.values(levels).find(t => t.kind !== 'notApplicable') || Object.values(levels)[0] || {kind: 'notApplicable', text: 'Không áp dụng'};
  }

  function thresholdText(criterion, targetLevel) {
    if (criterion.target || targetLevel) {
      const threshold = thresholdOf(criterion, targetLevel);
      return (targetLevel ? 'Yêu cầu ở mức ' + targetLevel + ': ' : 'Mục tiêu: ') + threshold.text;
    }
    return 'Yêu cầu: ' + Object.entries(criterion.levels || {}).map(([level, t]) => 'mức ' + level + ': ' + t.text).join('; ');
  }

  /** "85,5" or "85.5" as a number; undefined when empty, NaN when not a number. */
  function number(text) {
    const trimmed = text.trim();
    return trimmed === '' ? undefined : /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : NaN;
  }

  /** The inputs of one criterion, by its threshold kind; each returns the fields it fills and a format error. */
  function inputsFor(criterion, kind, value, onChange) {
    const id = field => 'dx-' + criterion.code + '-' + field;
    const input = (field, label, text, extra) => {
      const control = el('input', Object.assign({type: 'text', id: id(field), class: 'form-control', value: text}, extra));
      control.addEventListener('input', onChange);
      return {control, node: el('div', {class: 'form-group'}, el('label', {for: id(field)}, label), control)};
    };
    const show = v => v === null || v === undefined ? '' : String(v).replace('.', ',');
    const parts = [];
    const readers = [];
    if (kind === 'percentMin' || kind === 'countOrPercent') {
      const percent = input('percent', 'Tỷ lệ (%, từ 0 đến 100)', show(value.percent), {inputmode: 'decimal'});
      parts.push(percent.node);
      readers.push(() => {
        const n = number(percent.control.value);
        return Number.isNaN(n) ? {error: 'Tỷ lệ phải là một số, ví dụ 85 hoặc 85,5.'} : {percent: n};
      });
    }
    if (kind === 'countMin' || kind === 'countOrPercent') {
      const count = input('count', 'Số lượng', show(value.count), {inputmode: 'numeric'});
      parts.push(count.node);
      readers.push(() => {
        const n = number(count.control.value);
        return Number.isNaN(n) || (n !== undefined && !Number.isInteger(n)) ? {error: 'Số lượng phải là số nguyên.'} : {count: n};
      });
    }
    if (kind === 'yesNo') {
      const select = el('select', {id: id('yes'), class: 'form-control'},
          el('option', {value: ''}, '— Chưa chọn —'),
          el('option', {value: 'true', selected: value.yes === true}, 'Có'),
          el('option', {value: 'false', selected: value.yes === false}, 'Không'));
      select.addEventListener('change', onChange);
      parts.push(el('div', {class: 'form-group'}, el('label', {for: id('yes')}, 'Kết quả thực hiện'), select));
      readers.push(() => ({yes: select.value === '' ? undefined : select.value === 'true'}));
    }
    if (kind === 'communeDistribution') {
      const levels = input('levels', 'Mức của từng xã (cách nhau bởi dấu phẩy, 0 = chưa đạt)',
          (value.communeLevels || []).join(', '), {style: 'width: 320px'});
      parts.push(levels.node);
      readers.push(() => {
        const items = levels.control.value.split(',').map(s => s.trim()).filter(Boolean);
        return items.some(s => !/^[0-5]$/.test(s)) ? {error: 'Mức của xã là số từ 0 đến 5, cách nhau bởi dấu phẩy.'}
            : {communeLevels: items.length ? items.map(Number) : undefined};
      });
    }
    return {parts, read: () => Object.assign({}, ...readers.map(reader => reader()))};
  }

  /** The parts both forms share, filled in by {@link dossier}; the form keeps only its own fields. */
  function layout(container) {
    const role = (tag, name, attributes, ...children) => el(tag, Object.assign({'data-dx': name}, attributes), ...children);
    const term = (label, name) => [el('dt', {}, label), role('dd', name, {}, name === 'unit' ? 'Đang tải…' : '')];
    container.replaceChildren(
        el('dl', {class: 'dl-horizontal'}, term('Đơn vị', 'unit'), term('Đợt đánh giá', 'campaign'),
            term('Mức đăng ký', 'target'), term(container.dataset.deadlineLabel, 'deadline')),
        el('div', {class: 'dx-sticky'}, role('button', 'save', {type: 'button', class: 'btn btn-primary btn-sm'}, 'Lưu số liệu'), ' ',
            role('span', 'saved', {role: 'status', 'aria-live': 'polite'}),
            role('p', 'level', {role: 'status', 'aria-live': 'polite'})),
        el('details', {}, el('summary', {}, 'Tiêu chí chưa đạt mức đăng ký'), role('ul', 'blocking')),
        role('div', 'criteria'),
        el('h4', {}, 'Báo cáo tự đánh giá (Mẫu 01)'), role('div', 'reports'),
        el('h4', {}, 'Tóm tắt hồ sơ (tài liệu được khóa khi nộp)'), role('p', 'summary-counts'),
        el('table', {class: 'table table-condensed'},
            el('thead', {}, el('tr', {}, ['Tiêu chí', 'Số liệu', 'Giải trình', 'Số minh chứng'].map(h => el('th', {scope: 'col'}, h)))),
            role('tbody', 'summary-table')),
        role('p', 'missing', {class: 'text-warning'}));
  }

  /**
   * The dossier of one assessment inside a task form.
   *
   * @param options {supplement: true} for the supplement form (request shown, note required instead of the
   *                submission checkbox)
   */
  function dossier(camForm, options) {
    // Read when a form opens: Tasklist loads its custom scripts in no fixed order.
    const F = window.DXFlowForms;
    const form = camForm.formElement[0];
    const $ = role => form.querySelector('[data-dx="' + role + '"]');
    const state = {view: null, catalog: null, year: null, criteria: {}, evidence: {}, dirty: false, saving: null,
      uploads: 0, timer: null};
    injectStyle();
    form.classList.add('dxflow-dossier');
    layout(form.querySelector('[data-dx="dossier"]'));
    // Below the form's own field, where Tasklist's Hoàn thành button follows.
    form.append(el('div', {class: 'alert alert-danger', role: 'alert', 'data-dx': 'error', hidden: true}));

    const engine = window.location.pathname.split('/app/')[0] + '/api/engine/engine/default';
    const loaded = F.getJson(engine + '/task/' + encodeURIComponent(camForm.taskId)).then(task =>
      F.getJson('/api/assessments/' + task.processInstanceId).then(view => {
        state.pid = task.processInstanceId;
        state.view = view;
        showDeadline(task.due, view.serverTime);
        return Promise.all([
          F.getJson('/api/catalogs/' + encodeURIComponent(view.catalogId)),
          F.getJson('/api/campaigns'),
          F.getJson('/api/units/' + encodeURIComponent(view.unitCode)).catch(() => ({name: view.unitCode, code: view.unitCode}))
        ]);
      }).then(([catalog, campaigns, unit]) => {
        const campaign = campaigns.find(c => c.id === state.view.campaignId) || {name: state.view.campaignId};
        state.catalog = catalog;
        // Evidence is filed by the campaign's year (FreezeDossierDelegate seals that year's dossier).
        state.year = campaign.year;
        $('unit').textContent = unit.name + ' (mã ' + unit.code + ')';
        $('campaign').textContent = campaign.name;
        const target = state.view.targetLevel;
        $('target').textContent = target ? F.levelName(catalog, target) : 'Không đăng ký';
        renderCriteria();
        renderReports();
        showResult();
        return refreshEvidence();
      })).catch(error => F.showError(form, error.message));

    function showDeadline(due, serverTime) {
      if (!due) {
        $('deadline').textContent = 'Không có hạn';
        return;
      }
      // The due date is the first instant after the last day (00:00 of the next day, Việt Nam time).
      const lastDay = F.vietnamDate(new Date(F.parseDate(due).getTime() - 1));
      $('deadline').textContent = 'hết ngày ' + lastDay + ' — ' + F.countdown(due, serverTime);
    }

    function renderCriteria() {
      const container = $('criteria');
      container.replaceChildren();
      const target = state.view.targetLevel;
      state.catalog.groups.forEach(group => {
        const fieldset = el('fieldset', {class: 'dx-group'}, el('legend', {}, group.code + '. ' + group.name));
        group.criteria.forEach(criterion => fieldset.append(renderCriterion(criterion, target)));
        container.append(fieldset);
      });
    }

    function renderCriterion(criterion, target) {
      const value = state.view.selfAssessed[criterion.code] || {};
      const kind = thresholdOf(criterion, target).kind;
      const entry = {criterion, kind, applicable: kind !== 'notApplicable'};
      state.criteria[criterion.code] = entry;
      const inputs = entry.applicable ? inputsFor(criterion, kind, value, changed) : {parts: [], read: () => ({})};
      const noteId = 'dx-' + criterion.code + '-note';
      const note = el('textarea', {id: noteId, class: 'form-control dx-note', rows: 2, maxlength: 2000}, value.note || '');
      note.addEventListener('input', changed);
      entry.read = () => Object.assign(inputs.read(), {note: note.value.trim() || undefined});
      entry.result = el('span', {class: 'dx-result', 'data-dx-result': criterion.code});
      entry.problem = el('div', {class: 'text-danger', role: 'alert'});
      entry.list = el('ul', {class: 'dx-evidence', 'aria-label': 'Tài liệu minh chứng của tiêu chí ' + criterion.code});
      entry.upload = el('div', {class: 'dx-upload'});
      const fileId = 'dx-' + criterion.code + '-file';
      const file = el('input', {type: 'file', id: fileId, class: 'sr-only'});
      file.addEventListener('change', () => {
        if (file.files[0]) {
          startUpload(entry, file.files[0]);
        }
        file.value = '';
      });
      // A real button opens the file chooser: keyboard users reach it like every other action.
      const choose = button('Tải lên minh chứng…', () => file.click(), {'aria-describedby': fileId + '-help'});
      // In the supplement round the unit sees what the council found for this criterion and what it said.
      const council = options && options.supplement ? (state.view.appraised || {})[criterion.code] : null;
      return el('div', {class: 'dx-criterion', 'data-dx-criterion': criterion.code},
          el('h5', {}, criterion.code + ' – ' + criterion.name, ' ', entry.result),
          council ? el('p', {class: 'alert alert-warning dx-council', 'data-dx-council': criterion.code},
              'Hội đồng thẩm định ghi nhận: ' + F.valueText(council) + (council.note ? '. Ý kiến: ' + council.note : '')) : null,
          el('p', {class: 'small'}, thresholdText(criterion, target) + (criterion.unit ? ' (đơn vị tính: ' + criterion.unit + ')' : '')),
          el('div', {class: 'dx-inputs'}, entry.applicable ? inputs.parts
              : el('p', {}, target ? 'Không áp dụng ở mức đăng ký: không cần nhập số liệu.' : 'Không áp dụng.')),
          el('div', {class: 'form-group'}, el('label', {for: noteId}, 'Giải trình'), note),
          entry.problem,
          el('div', {}, el('strong', {}, 'Minh chứng: '), entry.list),
          el('div', {}, el('label', {for: fileId, class: 'sr-only'}, 'Chọn tệp minh chứng cho tiêu chí ' + criterion.code),
              file, choose, ' ', el('span', {id: fileId + '-help', class: 'small text-muted'},
                  'PDF, văn bản, bảng tính, hình ảnh, âm thanh hoặc video.'), entry.upload));
    }

    /** The values as the API takes them, or null while a field holds something that is no number. */
    function collect() {
      const values = {};
      let valid = true;
      Object.entries(state.criteria).forEach(([code, entry]) => {
        const value = entry.read();
        entry.problem.textContent = value.error || '';
        if (value.error) {
          valid = false;
          return;
        }
        if (Object.values(value).some(v => v !== undefined)) {
          values[code] = value;
        }
      });
      return valid ? values : null;
    }

    function changed() {
      state.dirty = true;
      $('saved').textContent = 'Có thay đổi chưa lưu';
      clearTimeout(state.timer);
      state.timer = setTimeout(save, SAVE_DELAY_MS);
      showSummary();
    }

    /** Saves the whole set of values (what is typed stays in the fields whatever the answer). */
    function save() {
      clearTimeout(state.timer);
      if (state.saving) {
        return state.saving.then(() => state.dirty ? save() : null);
      }
      const values = collect();
      if (!values) {
        $('saved').textContent = 'Chưa lưu: có ô nhập chưa đúng định dạng (xem thông báo ở tiêu chí).';
        return Promise.reject(new Error('Có ô nhập chưa đúng định dạng.'));
      }
      state.dirty = false;
      $('saved').textContent = 'Đang lưu…';
      state.saving = F.sendJson('PUT', '/api/assessments/' + state.pid + '/self-assessed', values)
        .then(() => F.getJson('/api/assessments/' + state.pid))
        .then(view => {
          state.view = view;
          $('saved').textContent = 'Đã lưu lúc ' + F.vietnamTime(view.serverTime).substring(11);
          Object.values(state.criteria).forEach(entry => { entry.problem.textContent = ''; });
          showResult();
        })
        .catch(error => {
          state.dirty = true;
          $('saved').textContent = 'Chưa lưu được: ' + error.message + ' Số liệu vừa nhập vẫn còn trên màn hình; bấm "Lưu số liệu" để thử lại.';
          error.details.forEach(problem => {
            const entry = state.criteria[problem.criterion];
            if (entry) {
              entry.problem.textContent = problem.message;
            }
          });
          throw error;
        })
        .finally(() => { state.saving = null; });
      return state.saving;
    }

    function showResult() {
      const assessment = state.view.result.selfAssessed;
      Object.values(state.criteria).forEach(entry => {
        const result = assessment.criteria.find(c => c.code === entry.criterion.code) || {};
        entry.result.textContent = result.label ? '— ' + result.label : '';
        entry.result.className = 'dx-result' + (result.outcome === 'MET' ? ' dx-met' : result.outcome ? ' dx-not-met' : '');
      });
      const reached = assessment.reachedLevel === null || assessment.reachedLevel === undefined ? null
          : assessment.reachedLevel === 0 ? 'Chưa đạt mức nào'
          : F.levelName(state.catalog, assessment.reachedLevel);
      const parts = [];
      if (reached) {
        parts.push('Mức đạt được theo số liệu đã lưu: ' + reached + '.');
      }
      if (assessment.passed !== null && assessment.passed !== undefined) {
        parts.push(assessment.passed ? (state.view.targetLevel ? 'Đạt mức đăng ký.' : 'Đạt.') : (state.view.targetLevel
            ? 'Chưa đạt mức đăng ký ' + state.view.targetLevel + ': ' : 'Chưa đạt: ') + assessment.blocking.length + ' tiêu chí chưa đạt.');
      }
      $('level').textContent = parts.join(' ');
      $('blocking').replaceChildren(...assessment.blocking.map(code => el('li', {},
          code + ' – ' + ((state.criteria[code] || {criterion: {name: ''}}).criterion.name))));
      showSummary();
    }

    function refreshEvidence() {
      return F.getJson('/api/evidence?unit=' + encodeURIComponent(state.view.unitCode) + '&year=' + state.year)
        .then(documents => {
          state.evidence = {};
          documents.forEach(d => (state.evidence[d.criterion] = state.evidence[d.criterion] || []).push(d));
          Object.entries(state.criteria).forEach(([code, entry]) => entry.list.replaceChildren(...(state.evidence[code] || [])
              .map(d => el('li', {},
                  el('a', {href: '/api/evidence/' + d.id + '/content', download: d.fileName}, d.fileName),
                  ' (' + F.fileSize(d.size) + ', ' + F.vietnamTime(d.uploadedAt) + ') ',
                  // A document submitted before (sealed) stays in the dossier: it can no longer be deleted.
                  d.sealedAt ? el('span', {class: 'small text-muted'}, 'Đã nộp ngày ' + F.vietnamDate(d.sealedAt))
                      : button('Xóa', () => removeEvidence(entry, d), {'aria-label': 'Xóa ' + d.fileName, class: 'btn btn-link btn-sm'})))));
          showSummary();
        });
    }

    function removeEvidence(entry, document) {
      F.sendJson('DELETE', '/api/evidence/' + document.id)
        .then(() => { entry.problem.textContent = ''; return refreshEvidence(); })
        .catch(error => { entry.problem.textContent = error.message; });
    }

    /** One upload with its progress bar, Cancel while it runs, and Retry after a failure. */
    function startUpload(entry, file) {
      const percent = el('progress', {max: 100, value: 0, 'aria-label': 'Tiến độ tải lên ' + file.name});
      const status = el('span', {role: 'status', 'aria-live': 'polite'}, 'Đang tải lên ' + file.name + '…');
      const row = el('div', {class: 'dx-upload-row'}, percent, ' ', status, ' ');
      entry.upload.append(row);
      state.uploads++;
      const running = F.uploadFile('/api/evidence', {unit: state.view.unitCode, year: state.year,
        criterion: entry.criterion.code, name: file.name}, file, share => {
        percent.value = Math.round(share * 100);
        status.textContent = 'Đang tải lên ' + file.name + ': ' + percent.value + '%';
      });
      const cancel = button('Hủy', () => running.cancel());
      row.append(cancel);
      running.promise.then(() => {
        row.remove();
        return refreshEvidence();
      }).catch(error => {
        cancel.remove();
        percent.remove();
        status.textContent = error.cancelled ? 'Đã hủy tải lên ' + file.name + '.' : error.message;
        status.className = error.cancelled ? '' : 'text-danger';
        row.append(button('Thử lại', () => { row.remove(); startUpload(entry, file); }),
            ' ', button('Đóng', () => row.remove()));
      }).finally(() => {
        state.uploads--;
        showSummary();
      });
    }

    function renderReports() {
      const verdict = el('div', {role: 'status', 'aria-live': 'polite'});
      const file = el('input', {type: 'file', id: 'dx-mau01-file', class: 'sr-only', accept: 'application/pdf,.pdf'});
      const report = (method, suffix, name) => () => {
        verdict.textContent = 'Đang chuẩn bị ' + name + '…';
        // The report shows the values: unsaved ones are saved first.
        (state.dirty ? save() : Promise.resolve())
          .then(() => F.download(method, '/api/reports/' + state.pid + '/mau-01' + suffix, name))
          .then(blob => { verdict.textContent = 'Đã tải về ' + name + ' (' + F.fileSize(blob.size) + ').'; })
          .catch(error => { verdict.textContent = error.message; });
      };
      file.addEventListener('change', () => {
        const chosen = file.files[0];
        file.value = '';
        if (!chosen) {
          return;
        }
        verdict.textContent = 'Đang kiểm tra chữ ký số của ' + chosen.name + '…';
        F.upload('/api/reports/' + state.pid + '/mau-01/signed', {file: chosen}).promise
          .then(stored => {
            verdict.textContent = window.DXFlowForms.signatureVerdict(stored) + '. ' + (stored.signatureReport || '');
          })
          .catch(error => { verdict.textContent = 'Không nhận Mẫu 01: ' + error.message; });
      });
      $('reports').replaceChildren(
          button('Tải Mẫu 01 (PDF)', report('GET', '', 'Mau-01.pdf')), ' ',
          button('Ký số thử nghiệm', report('POST', '/demo-sign', 'Mau-01-da-ky.pdf')), ' ',
          el('label', {for: 'dx-mau01-file', class: 'sr-only'}, 'Chọn tệp Mẫu 01 đã ký số'), file,
          button('Tải lên Mẫu 01 đã ký số…', () => file.click()),
          verdict);
    }

    /** What submitting will freeze: documents per criterion, values entered, and what has neither value nor explanation. */
    function showSummary() {
      if (!state.catalog) {
        return;
      }
      const entries = Object.values(state.criteria);
      const rows = entries.map(entry => {
        const value = entry.read();
        const hasValue = ['percent', 'yes', 'count', 'communeLevels'].some(field => value[field] !== undefined);
        return {entry, hasValue, note: Boolean(value.note), documents: (state.evidence[entry.criterion.code] || []).length};
      });
      const total = rows.reduce((sum, row) => sum + row.documents, 0);
      const missing = rows.filter(row => row.entry.applicable && !row.hasValue && !row.note);
      $('summary-counts').textContent = 'Tổng số tài liệu minh chứng: ' + total + '. Tiêu chí đã nhập số liệu: '
          + rows.filter(row => row.hasValue).length + '/' + rows.filter(row => row.entry.applicable).length
          + ' tiêu chí cần nhập.' + (state.uploads ? ' Đang tải lên ' + state.uploads + ' tệp.' : '');
      $('summary-table').replaceChildren(...rows.filter(row => row.documents || row.hasValue || row.note).map(row => el('tr', {},
          el('td', {}, row.entry.criterion.code),
          el('td', {}, row.hasValue ? 'Có số liệu' : 'Chưa có số liệu'),
          el('td', {}, row.note ? 'Có' : ''),
          el('td', {}, String(row.documents)))));
      $('missing').textContent = missing.length === 0 ? 'Mọi tiêu chí cần nhập đều đã có số liệu hoặc giải trình.'
          : missing.length + ' tiêu chí chưa có số liệu và chưa giải trình (sẽ được tính là "Chưa có số liệu" – không đạt): '
            + missing.map(row => row.entry.criterion.code).join(', ') + '.';
    }

    const saveButton = $('save');
    saveButton.addEventListener('click', () => save().catch(() => { /* shown beside the button */ }));
    // Enter in a field saves instead of submitting Tasklist's form.
    form.addEventListener('keydown', event => {
      if (event.key === 'Enter' && event.target.matches('.dx-inputs input')) {
        event.preventDefault();
        save().catch(() => { /* shown beside the button */ });
      }
    });

    if (options.supplement) {
      F.showVariables(camForm, ['supplementRequest'], values => {
        $('request').textContent = values.supplementRequest || '(không có nội dung)';
      });
    }

    camForm.on('submit', () => {
      const pending = state.dirty || state.saving ? 'Số liệu vừa nhập chưa được lưu. Vui lòng bấm "Lưu số liệu", đợi "Đã lưu" rồi bấm Hoàn thành.'
          : state.uploads ? 'Đang tải lên tài liệu minh chứng. Vui lòng đợi tải xong (hoặc hủy) rồi bấm Hoàn thành.' : '';
      const confirmation = options.supplement
          ? !form.querySelector('[cam-variable-name="supplementNote"]').value.trim() && NOTE_MESSAGE
          : !form.querySelector('[cam-variable-name="submissionConfirmed"]').checked && CONFIRM_MESSAGE;
      camForm.submitPrevented = F.showError(form, pending || confirmation || '');
      if (pending && state.dirty) {
        save().catch(() => { /* shown beside the button */ });
      }
    });

    return loaded;
  }

  window.DXFlowDossier = {
    selfAssessment: camForm => dossier(camForm, {supplement: false}),
    supplement: camForm => dossier(camForm, {supplement: true})
  };
})();
