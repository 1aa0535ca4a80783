// DXFlow: one unit's dossier, followed from submission to decision (GET /api/dossiers/{id}, /api/assessments/{id},
// /api/evidence). Read-only; whoever may see the unit's work may open it, from a task form or a notification.
(() => {
  const F = window.DXFlowForms;
  const el = (...args) => F.el(...args);
  const time = value => (value ? F.vietnamTime(value) : '');
  const shown = value => (value ? F.valueText(value) : '');
  const getJson = url => F.getJson(url);
  const root = document.getElementById('dossier');

  const OUTCOMES = {
    RECOGNIZED: level => level > 0 ? 'Được công nhận mức ' + level : 'Được công nhận',   // 0: a catalog without levels
    NOT_RECOGNIZED: () => 'Không được công nhận',
    REFUSED_AS_LATE: () => 'Hồ sơ nộp muộn không được tiếp nhận',
    NOT_SUBMITTED: () => 'Không nộp hồ sơ đúng hạn'
  };

  function status(view) {
    if (view.outcome) {
      return OUTCOMES[view.outcome](view.recognizedLevel);
    }
    const open = view.steps.filter(step => step.open).map(step => step.name);
    return open.length ? 'Đang ở bước: ' + open.join(', ') : 'Đang xử lý';
  }

  function summary(view) {
    return el('section', {},
      el('h1', {}, view.title),
      el('dl', {},
        el('dt', {}, 'Mã hồ sơ'), el('dd', {'data-dx': 'code'}, view.code),
        el('dt', {}, 'Đợt đánh giá'), el('dd', {}, view.campaignName),
        el('dt', {}, 'Tình trạng'), el('dd', {'data-dx': 'status'}, status(view))));
  }

  function receipt(view, documents) {
    const section = el('section', {'data-dx': 'receipt'}, el('h2', {}, 'Biên nhận hồ sơ'));
    if (!view.receipt) {
      section.append(el('p', {}, 'Hồ sơ chưa được nộp.'));
      return section;
    }
    const byId = Object.fromEntries(documents.map(d => [d.id, d]));
    section.append(
      el('p', {}, 'Hồ sơ được tiếp nhận lúc ' + time(view.receipt.receivedAt)
        + (view.receipt.late ? ' (nộp sau thời hạn)' : '') + ', gồm ' + view.receipt.documents.length
        + ' tài liệu minh chứng được khóa:'),
      el('table', {},
        el('thead', {}, el('tr', {}, el('th', {}, 'Tiêu chí'), el('th', {}, 'Tài liệu'), el('th', {}, 'Mã băm SHA-256'))),
        el('tbody', {}, view.receipt.documents.map(d => el('tr', {},
          el('td', {}, d.criterion),
          el('td', {}, el('a', {href: '/api/evidence/' + encodeURIComponent(d.id) + '/content'},
            byId[d.id] ? byId[d.id].fileName : d.id)),
          el('td', {class: 'hash'}, d.sha256))))));
    return section;
  }

  function timeline(view) {
    return el('section', {'data-dx': 'timeline'}, el('h2', {}, 'Tiến trình xử lý'),
      el('table', {},
        el('thead', {}, el('tr', {}, ['Bước', 'Bắt đầu', 'Hoàn thành', 'Người thực hiện'].map(h => el('th', {}, h)))),
        el('tbody', {}, view.steps.map(step => el('tr', {},
          el('td', {}, step.name),
          el('td', {}, time(step.startedAt)),
          el('td', step.open ? {class: 'open'} : {}, step.open ? 'Đang xử lý' : time(step.endedAt)),
          el('td', {}, step.by || ''))))));
  }

  function results(assessment) {
    const section = el('section', {'data-dx': 'results'}, el('h2', {}, 'Kết quả theo tiêu chí'));
    const verdicts = Object.fromEntries((((assessment.result || {}).appraised || {}).criteria || []).map(c => [c.code, c]));
    const codes = Object.keys(Object.assign({}, assessment.selfAssessed, assessment.appraised, assessment.verified)).sort();
    if (codes.length === 0) {
      section.append(el('p', {}, 'Chưa có số liệu.'));
      return section;
    }
    section.append(el('table', {},
      el('thead', {}, el('tr', {}, ['Tiêu chí', 'Tự đánh giá', 'Thẩm định', 'Thẩm tra', 'Ý kiến của hội đồng', 'Kết quả thẩm định']
        .map(h => el('th', {}, h)))),
      el('tbody', {}, codes.map(code => {
        const appraised = (assessment.appraised || {})[code];
        const verdict = verdicts[code];
        return el('tr', {},
          el('td', {}, code),
          el('td', {}, shown((assessment.selfAssessed || {})[code])),
          el('td', {}, shown(appraised)),
          el('td', {}, shown((assessment.verified || {})[code])),
          el('td', {}, appraised && appraised.note ? appraised.note : ''),
          el('td', verdict ? {class: verdict.outcome === 'MET' ? 'met' : 'not-met'} : {}, verdict ? verdict.label || '' : ''));
      }))));
    return section;
  }

  function requests(view) {
    if (!view.supplementRequest) {
      return null;
    }
    return el('section', {'data-dx': 'supplement'}, el('h2', {}, 'Yêu cầu bổ sung của hội đồng'),
      el('p', {}, view.supplementRequest),
      view.supplementNote ? el('p', {}, 'Đơn vị đã bổ sung: ' + view.supplementNote) : null);
  }

  function reports(documents) {
    const archived = documents.filter(d => d.criterion === 'BAO-CAO');
    return el('section', {'data-dx': 'reports'}, el('h2', {}, 'Báo cáo và quyết định'),
      archived.length === 0 ? el('p', {}, 'Chưa có báo cáo nào.') : el('ul', {}, archived.map(d => el('li', {},
        el('a', {href: '/api/evidence/' + encodeURIComponent(d.id) + '/content'}, d.fileName), ' (' + time(d.uploadedAt) + ')'))));
  }

  const id = new URLSearchParams(window.location.search).get('id');
  if (!id) {
    root.replaceChildren(el('p', {class: 'message'}, 'Thiếu mã hồ sơ trong địa chỉ trang.'));
    return;
  }
  getJson('/api/dossiers/' + encodeURIComponent(id)).then(view => Promise.all([
    Promise.resolve(view),
    getJson('/api/assessments/' + encodeURIComponent(id)),
    getJson('/api/evidence?unit=' + encodeURIComponent(view.unitCode) + '&year=' + view.year)
  ])).then(([view, assessment, documents]) => {
    document.title = 'Hồ sơ ' + view.title + ' - DXFlow';
    root.replaceChildren(...[summary(view), receipt(view, documents), timeline(view), requests(view), results(assessment),
      reports(documents)].filter(Boolean));
  }).catch(error => {
    const login = error.status === 401
      ? el('a', {href: '/camunda/app/tasklist/default/'}, ' Đăng nhập') : null;
    root.replaceChildren(el('p', {class: 'message'}, error.status === 401 ? 'Vui lòng đăng nhập để xem hồ sơ.' : error.message, login));
  });
})();
