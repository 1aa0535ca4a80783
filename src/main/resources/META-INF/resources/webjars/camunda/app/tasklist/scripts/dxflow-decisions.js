// DXFlow: the decision forms under forms/ (register*, give-opinion, recognize, send-province-report). Each
// form holds only its fields; this script fills its header, summaries and report buttons, and refuses to submit a
// form without its choice. The messages are those of the server's RequiredChoiceCheck and RecognitionCheck, which
// stay the ones that count: keep both texts identical.
(() => {
  // Looked up on use: Tasklist loads the custom scripts in no guaranteed order.
  const F = new Proxy({}, {get: (ignored, name) => window.DXFlowForms[name]});

  const LEVEL_MISSING = 'Vui lòng chọn mức độ chuyển đổi số đăng ký.';
  const OPINION_MISSING = 'Vui lòng chọn ĐẠT YÊU CẦU hoặc KHÔNG ĐẠT YÊU CẦU.';
  const RECOGNITION_MISSING = 'Vui lòng chọn Công nhận hoặc Không công nhận.';
  const REPORT_NOT_CONFIRMED = 'Vui lòng xác nhận đã gửi báo cáo tổng hợp của tỉnh.';

  const element = (tag, text, attributes) => F.el(tag, Object.assign({text: text || ''}, attributes));

  const show = (form, role, text) => {
    const target = form.querySelector('[data-dx="' + role + '"]');
    if (target) {
      target.textContent = text;
    }
  };

  /** "Mức 2 - Kết nối" as in the reports; "Chưa đạt mức nào" for 0. */
  const levelText = (catalog, level) => level === 0 ? 'Chưa đạt mức nào' : F.levelName(catalog, level);

  /** A due date is the first instant too late (21/01 00:00 for "trước hết ngày 20/01"): shown as the last minute. */
  const lastMinute = due => F.vietnamTime(new Date(F.parseDate(due).getTime() - 60000));

  /** The header's rows (unit, campaign, deadline and any the form adds), in the form's [data-dx=header] list. */
  function header(form, rows) {
    const list = form.querySelector('[data-dx="header"]');
    rows.forEach(([title, role]) => {
      list.appendChild(element('dt', title));
      list.appendChild(element('dd', '…', {'data-dx': role}));
    });
  }

  /** Refuses the submission, before anything reaches the server, while {@code problem} names one. */
  function guard(camForm, form, problem) {
    camForm.on('submit', () => {
      camForm.submitPrevented = F.showError(form, problem());
    });
  }

  /**
   * What every unit assessment form starts with: its task (due date, instance), the assessment (unit, campaign,
   * catalog, scores, the engine's clock), the unit, the campaign and the catalog; the header filled.
   *
   * @param variables process variables the form shows only (see DXFlowForms.showVariables)
   * @param then      called with {task, view, unit, campaign, catalog, values}
   */
  function assessment(camForm, variables, then) {
    const form = camForm.formElement[0];
    header(form, [['Đơn vị', 'unit'], ['Đợt đánh giá', 'campaign'], ['Thời hạn', 'deadline']]);
    const start = values => F.getJson(camForm.taskBasePath)
      .then(task => F.getJson('/api/assessments/' + encodeURIComponent(task.processInstanceId))
        .then(view => Promise.all([F.getJson('/api/units/' + encodeURIComponent(view.unitCode)),
          F.getJson('/api/campaigns'), F.getJson('/api/catalogs/' + encodeURIComponent(view.catalogId))])
          .then(([unit, campaigns, catalog]) => {
            const campaign = campaigns.find(c => c.id === view.campaignId) || {name: view.campaignId, deadlines: {}};
            show(form, 'unit', unit.name + ' (mã ' + unit.code + ')');
            show(form, 'campaign', campaign.name);
            show(form, 'deadline', task.due ? lastMinute(task.due) + ' (' + F.countdown(task.due, view.serverTime) + ')'
                : 'Không có hạn riêng; hạn quyết định công nhận ' + (campaign.deadlines.RECOGNITION || 'chưa xác định'));
            then({task, view, unit, campaign, catalog, values, form});
          })))
      .catch(error => F.showError(form, error.message));
    if (variables.length > 0) {
      F.showVariables(camForm, variables, start);
    } else {
      start({});
    }
  }

  /** A check's result in one line: level or verdict, criteria met. */
  function resultText(catalog, assessment) {
    const tally = assessment.tally;
    const verdict = catalog.levels && Object.keys(catalog.levels).length > 0
        ? levelText(catalog, assessment.reachedLevel) + (assessment.targetLevel ? ' (đăng ký mức ' + assessment.targetLevel + ')' : '')
        : assessment.passed === null ? 'Chưa xác định (bộ tiêu chí chưa quy định điều kiện đạt)'
        : assessment.passed ? 'Đạt' : 'Không đạt';
    return !tally ? verdict : verdict + '; ' + tally.met + '/' + tally.counted + ' tiêu chí đạt'
        + (tally.ratePercent === null ? '' : ' (' + String(tally.ratePercent).replace('.', ',') + '%)');
  }

  /**
   * The buttons of each report of the form, made in its [data-report=slug] blocks: download (text data-label) and,
   * with data-signed, the demo signature and the upload of the signed PDF with its verification verdict. A report
   * the server cannot make yet answers with its Vietnamese reason, shown beside the buttons.
   *
   * @param query what the form adds to a report's address, by slug (the member's choice for the draft of Mẫu 03)
   */
  function reportActions(form, url, query) {
    form.querySelectorAll('[data-report]').forEach(block => {
      const slug = block.getAttribute('data-report');
      const base = url + '/' + slug;
      const extra = () => (query && query[slug] ? query[slug]() : '');
      const name = block.getAttribute('data-title') + '.pdf';
      const button = text => block.appendChild(element('button', text, {type: 'button', 'class': 'btn btn-default'}));
      const download = button(block.getAttribute('data-label'));
      const signed = block.hasAttribute('data-signed');
      const demoSign = signed ? button('Ký số thử nghiệm') : null;
      // The browser's own picker would say "Choose File / No file chosen" in the language of the PC's Windows.
      const file = signed ? element('input', '', {type: 'file', id: 'signed-' + slug, accept: 'application/pdf',
        'class': 'sr-only'}) : null;
      if (signed) {
        block.append(' ', element('label', 'Chọn bản đã ký số để tải lên…', {'for': file.id, 'class': 'btn btn-default'}),
            file);
      }
      const status = block.appendChild(element('span', '', {role: 'status', 'class': 'help-block'}));
      const report = (promise, done) => {
        status.textContent = 'Đang xử lý…';
        promise.then(answer => { status.textContent = done(answer); })
          .catch(error => { status.textContent = error.message; });
      };
      download.addEventListener('click', () => report(F.download('GET', base + extra(), name), () => 'Đã tải xuống ' + name + '.'));
      if (signed) {
        demoSign.addEventListener('click', () => report(F.download('POST', base + '/demo-sign' + extra(), name),
            () => 'Đã tải xuống bản ký số thử nghiệm.'));
        file.addEventListener('change', () => file.files.length > 0 && report(
            F.upload(base + '/signed', {file: file.files[0]}, share => {
              status.textContent = 'Đang tải lên ' + Math.round(share * 100) + '%';
            }).promise,
            stored => 'Đã lưu bản đã ký ' + stored.fileName + ': ' + F.signatureVerdict(stored) + '.'));
      }
    });
  }

  /** Links to the unit's evidence of the campaign's year, in the form's [data-dx=evidence] list. */
  function evidence(context) {
    const list = context.form.querySelector('[data-dx="evidence"]');
    F.getJson('/api/evidence?unit=' + encodeURIComponent(context.view.unitCode) + '&year=' + context.campaign.year)
      .then(documents => {
        list.textContent = documents.length === 0 ? 'Đơn vị chưa tải lên tài liệu minh chứng.' : '';
        documents.forEach(stored => {
          const item = element('li');
          // BAO-CAO (EvidenceStore.REPORTS) holds the reports archived beside the evidence.
          const what = stored.criterion === 'BAO-CAO' ? 'Báo cáo' : 'Tiêu chí ' + stored.criterion;
          item.appendChild(element('a', what + ': ' + stored.fileName,
              {href: '/api/evidence/' + encodeURIComponent(stored.id) + '/content', target: '_blank', rel: 'noopener'}));
          const verdict = F.signatureVerdict(stored);
          if (verdict) {
            item.append(' (' + verdict + ')');
          }
          list.appendChild(item);
        });
      })
      .catch(error => { list.textContent = error.message; });
  }

  /** The review forms' common part: the appraisal's result, Mẫu 02 and the form's own report buttons. */
  function review(camForm, variables, query, then) {
    assessment(camForm, variables, context => {
      show(context.form, 'result', resultText(context.catalog, context.view.result.appraised));
      reportActions(context.form, '/api/reports/' + encodeURIComponent(context.task.processInstanceId), query);
      then(context);
    });
  }

  /**
   * Registration (forms/register*.html): the catalog's levels as radios with their descriptions, last year's
   * recognized level, the deadline (or, late, how late it is).
   */
  function registration(camForm, late) {
    const form = camForm.formElement[0];
    const target = form.querySelector('[cam-variable-name="targetLevel"]');
    assessment(camForm, [], context => {
      const levels = form.querySelector('[data-dx="levels"]');
      Object.entries(context.catalog.levels).forEach(([level, named]) => {
        const option = element('div', '', {'class': 'radio'});
        const label = element('label');
        const radio = element('input', '', {type: 'radio', name: 'level', value: level});
        radio.checked = target.value === level;
        label.append(radio, ' ', element('strong', levelText(context.catalog, Number(level))), ': ' + named.description);
        option.appendChild(label);
        levels.appendChild(option);
      });
      F.radiosFill(form, 'level', 'targetLevel');
      if (late) {
        show(form, 'deadline', 'Đã hết hạn đăng ký. ' + F.lateness(context.view.serverTime, context.campaign.deadlines.REGISTRATION || ''));
      }
      F.getJson('/api/units/' + encodeURIComponent(context.view.unitCode) + '/recognitions')
        .then(recognitions => {
          const last = recognitions.find(r => r.year === context.campaign.year - 1);
          show(form, 'last-year', !last ? 'Chưa có kết quả công nhận năm trước'
              : (last.level === null ? 'Đạt' : 'Mức ' + last.level + (last.levelName ? ' - ' + last.levelName : ''))
                + ' (năm ' + last.year + ')');
        })
        .catch(error => show(form, 'last-year', error.message));
    });
    guard(camForm, form, () => target.value ? '' : LEVEL_MISSING);
  }

  /**
   * A steering-committee member's opinion (forms/give-opinion.html, Mẫu 03): the draft of Mẫu 03 carries the
   * conclusion and remark chosen in the form, before they are submitted.
   */
  function opinion(camForm) {
    const form = camForm.formElement[0];
    const choice = F.radiosFill(form, 'opinion', 'opinion');
    const remark = form.querySelector('[cam-variable-name="opinionRemark"]');
    const draft = () => '?' + new URLSearchParams({opinion: choice.value, remark: remark.value}).toString();
    review(camForm, [], {'mau-03': draft}, evidence);
    guard(camForm, form, () => choice.value ? '' : OPINION_MISSING);
  }

  /** Each steering-committee member's opinion, for the decision on recognition. */
  function opinions(form, processInstanceId) {
    const list = form.querySelector('[data-dx="opinions"]');
    const names = {DAT_YEU_CAU: 'ĐẠT YÊU CẦU', KHONG_DAT_YEU_CAU: 'KHÔNG ĐẠT YÊU CẦU'};
    F.getJson('/api/assessments/' + encodeURIComponent(processInstanceId) + '/opinions')
      .then(given => list.replaceChildren(...(given.length === 0
          ? [element('li', 'Không có ý kiến (đợt đánh giá không có bước lấy ý kiến Ban Chỉ đạo)')]
          : given.map(o => element('li', o.memberName + ': ' + (names[o.opinion] || o.opinion)
              + (o.remark ? ' – ' + o.remark : '') + ' (' + F.vietnamTime(o.givenAt) + ')')))))
      .catch(error => { list.textContent = error.message; });
  }

  /**
   * The recognition decision (forms/recognize.html): the level is prefilled with the appraised one and may not be
   * higher (RecognitionCheck); a refusal carries no level.
   */
  function recognition(camForm) {
    const form = camForm.formElement[0];
    const decision = F.radiosFill(form, 'decision', 'recognitionDecision');
    const level = form.querySelector('[cam-variable-name="recognizedLevel"]');
    let computed = {};
    review(camForm, ['computedLevel', 'computedPassed', 'verificationResult'], {}, context => {
      computed = context.values;
      const verified = {DAT: 'Đạt', KHONG_DAT: 'Không đạt'}[computed.verificationResult];
      show(form, 'verification', verified ? verified + ' (theo số liệu thẩm tra: '
          + resultText(context.catalog, context.view.verification.appraised) + ')' : 'Không có bước thẩm tra');
      opinions(form, context.task.processInstanceId);
      if (computed.computedLevel === null || computed.computedLevel === undefined) {
        level.closest('.form-group').hidden = true;
      } else {
        level.max = Math.max(computed.computedLevel, 1);
      }
    });
    // Prefilled once the decision is chosen, when the user acts: Camunda empties the field when it applies the variables.
    form.querySelectorAll('input[name=decision]').forEach(radio => radio.addEventListener('change', () => {
      const recognized = radio.value === 'RECOGNIZED';
      level.disabled = !recognized;
      level.value = recognized && computed.computedLevel > 0 ? computed.computedLevel : '';
    }));
    guard(camForm, form, () => {
      if (!decision.value) {
        return RECOGNITION_MISSING;
      }
      if (decision.value !== 'RECOGNIZED') {
        return '';
      }
      const graded = typeof computed.computedLevel === 'number';
      const chosen = Number(level.value);
      if (graded && (!Number.isInteger(chosen) || chosen < 1 || chosen > computed.computedLevel)) {
        return computed.computedLevel === 0
            ? 'Kết quả thẩm định chưa đạt mức độ nào: chỉ có thể quyết định không công nhận.'
            : computed.computedLevel === 1
            ? 'Kết quả thẩm định đạt mức 1: chỉ có thể công nhận mức 1.'
            : 'Mức độ công nhận phải từ 1 đến ' + computed.computedLevel + ' (mức độ theo kết quả thẩm định).';
      }
      return !graded && computed.computedPassed === false
          ? 'Kết quả thẩm định là không đạt: chỉ có thể quyết định không công nhận.' : '';
    });
  }

  /** ProvinceReportCheck's wording. */
  const pendingUnconfirmed = count => 'Còn ' + count
      + ' đơn vị chưa có kết quả đánh giá: vui lòng xác nhận gửi báo cáo khi chưa đủ kết quả.';

  /**
   * The province's report (forms/send-province-report.html): the synthesis to download, the units still being
   * assessed (their own confirmation is then needed), and the confirmation that the report was sent.
   */
  function provinceReport(camForm) {
    const form = camForm.formElement[0];
    header(form, [['Tỉnh', 'unit'], ['Đợt đánh giá', 'campaign'], ['Thời hạn', 'deadline']]);
    F.showVariables(camForm, ['campaignId', 'provinceCode'], values => {
      Promise.all([F.getJson(camForm.taskBasePath), F.getJson('/api/units/' + encodeURIComponent(values.provinceCode)),
        F.getJson('/api/campaigns')])
        .then(([task, province, campaigns]) => {
          const campaign = campaigns.find(c => c.id === values.campaignId) || {name: values.campaignId};
          show(form, 'unit', province.name);
          show(form, 'campaign', campaign.name);
          show(form, 'deadline', task.due ? lastMinute(task.due) : 'Không có hạn');
        })
        .catch(error => F.showError(form, error.message));
      const status = form.querySelector('[data-dx="report-status"]');
      form.querySelector('[data-action="synthesis"]').addEventListener('click', () => {
        status.textContent = 'Đang tạo báo cáo…';
        F.download('GET', '/api/reports/campaigns/' + encodeURIComponent(values.campaignId) + '/synthesis',
            'Báo cáo tổng hợp kết quả đánh giá của tỉnh.pdf')
          .then(() => { status.textContent = 'Đã tải xuống báo cáo tổng hợp.'; })
          .catch(error => { status.textContent = error.message; });
      });
      F.getJson('/api/reports/campaigns/' + encodeURIComponent(values.campaignId) + '/synthesis/pending')
        .then(units => {
          pending = units.length;
          form.querySelector('[data-dx="pending-block"]').hidden = pending === 0;
          show(form, 'pending', 'Còn ' + pending + ' đơn vị chưa có kết quả đánh giá; báo cáo tổng hợp ghi rõ các đơn vị này:');
          form.querySelector('[data-dx="pending-list"]').replaceChildren(
              ...units.map(unit => element('li', unit.name + ' (' + unit.parentName + ')')));
        })
        .catch(error => F.showError(form, error.message));
    });
    let pending = 0;
    const sent = form.querySelector('[cam-variable-name="reportSent"]');
    const confirmed = form.querySelector('[cam-variable-name="pendingUnitsConfirmed"]');
    guard(camForm, form, () => !sent.checked ? REPORT_NOT_CONFIRMED
        : pending > 0 && !confirmed.checked ? pendingUnconfirmed(pending) : '');
  }

  window.DXFlowDecisions = {registration, opinion, recognition, provinceReport};
})();
