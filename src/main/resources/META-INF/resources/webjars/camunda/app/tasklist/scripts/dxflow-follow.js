// DXFlow: every task form of a dossier links to the unit's dossier page (/ho-so/): its receipt, every step with who
// and when, the results per criterion, the council's request, the reports. Added above the form once it is shown.
(() => {
  function attach() {
    const form = document.querySelector('form.dxflow-form');
    const taskId = new URLSearchParams((window.location.hash.split('?')[1]) || '').get('task');
    if (!form || !taskId || form.dataset.dxFollowed === taskId || !window.DXFlowForms) {
      return;
    }
    form.dataset.dxFollowed = taskId;
    const engine = window.location.pathname.split('/app/')[0] + '/api/engine/engine/default';
    window.DXFlowForms.getJson(engine + '/task/' + encodeURIComponent(taskId)).then(task => {
      if (!task.processInstanceId || form.querySelector('.dx-follow')) {
        return;
      }
      const link = window.DXFlowForms.el('a', {href: '/ho-so/?id=' + encodeURIComponent(task.processInstanceId),
        target: '_blank', rel: 'noopener'}, 'Xem hồ sơ của đơn vị: biên nhận, tiến trình, kết quả');
      form.prepend(window.DXFlowForms.el('p', {class: 'dx-follow'}, link));
    }).catch(() => { /* the form shows its own errors */ });
  }

  setInterval(attach, 1000);
})();
