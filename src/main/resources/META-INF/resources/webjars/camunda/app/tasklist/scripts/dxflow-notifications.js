// DXFlow: the official's notifications in Tasklist's header ("Thông báo" with the unread count), opened as a
// list: new tasks, reminders, passed deadlines, supplement requests, results (vn.dxflow.notification). E-mail can
// be switched off here; the list stays. Every minute the count is asked again.
(() => {
  const REFRESH_MS = 60000;
  let page = {unread: 0, emailMuted: false, items: []};

  const F = () => window.DXFlowForms;

  function injectStyle() {
    const style = document.createElement('style');
    style.textContent = `
      li.dxflow-notifications { position: relative; }
      li.dxflow-notifications > a { cursor: pointer; }
      .dxflow-notifications .dx-count { background: #b00020; color: #fff; border-radius: 9px; padding: 0 6px; margin-left: 4px; }
      .dxflow-notifications .dx-panel { position: absolute; right: 0; top: 100%; width: 440px; max-height: 70vh; overflow: auto;
        background: #fff; border: 1px solid #ccc; box-shadow: 0 4px 12px rgba(0,0,0,.15); z-index: 2000; padding: 8px 12px; text-align: left; }
      .dxflow-notifications .dx-panel[hidden] { display: none; }
      .dxflow-notifications .dx-item { border-top: 1px solid #eee; padding: 6px 0; }
      .dxflow-notifications .dx-item.dx-unread .dx-subject { font-weight: bold; }
      .dxflow-notifications .dx-meta { color: #666; font-size: 12px; }
      .dxflow-notifications .dx-body { white-space: pre-line; font-size: 13px; margin: 2px 0; }
      .dxflow-notifications .dx-tools { display: flex; justify-content: space-between; align-items: center; gap: 8px; }`;
    document.head.appendChild(style);
  }

  function el(tag, attributes, ...children) {
    return F().el(tag, attributes, ...children);
  }

  function render(item) {
    const count = item.querySelector('.dx-count');
    count.textContent = page.unread;
    count.hidden = page.unread === 0;
    const panel = item.querySelector('.dx-panel');
    const mute = el('input', {type: 'checkbox', id: 'dx-mute-email'});
    mute.checked = !page.emailMuted;
    mute.addEventListener('change', () => F().sendJson('PUT', '/api/notifications/settings', {emailMuted: !mute.checked})
      .then(refresh).catch(error => window.alert(error.message)));
    const readAll = el('button', {type: 'button', class: 'btn btn-default btn-xs'}, 'Đánh dấu tất cả đã đọc');
    readAll.addEventListener('click', () => F().sendJson('POST', '/api/notifications/read').then(refresh));
    panel.replaceChildren(
      el('div', {class: 'dx-tools'}, el('label', {for: 'dx-mute-email'}, mute, ' Nhận cả thư điện tử'), readAll),
      ...(page.items.length === 0 ? [el('p', {class: 'dx-meta'}, 'Chưa có thông báo nào.')] : page.items.map(entry => {
        const row = el('div', {class: 'dx-item' + (entry.readAt ? '' : ' dx-unread')},
          el('div', {class: 'dx-meta'}, entry.kindLabel + ' · ' + F().vietnamTime(entry.createdAt)),
          el('div', {class: 'dx-subject'}, entry.subject),
          el('div', {class: 'dx-body'}, entry.body));
        if (entry.link) {
          const open = el('a', {href: entry.link}, entry.link.startsWith('/ho-so/') ? 'Xem hồ sơ' : 'Mở công việc');
          row.append(open);
        }
        row.addEventListener('click', () => {
          if (!entry.readAt) {
            F().sendJson('POST', '/api/notifications/' + entry.id + '/read').then(refresh);
          }
        });
        return row;
      })));
  }

  function refresh() {
    const item = document.querySelector('li.dxflow-notifications');
    return F().getJson('/api/notifications').then(answer => {
      page = answer;
      if (item) {
        render(item);
      }
    }).catch(() => { /* signed out: the header is gone with the session */ });
  }

  /** Tasklist draws its header after login, and again after a new login: the item is put back when missing. */
  function attach() {
    const list = document.querySelector('[cam-widget-header] ul[cam-if-logged-in]');
    if (!list || !window.DXFlowForms || list.querySelector('li.dxflow-notifications')) {
      return;
    }
    const toggle = el('a', {role: 'button', 'aria-haspopup': 'true', title: 'Thông báo của tôi'}, 'Thông báo',
      el('span', {class: 'dx-count', hidden: true}, '0'));
    const panel = el('div', {class: 'dx-panel', hidden: true});
    const item = el('li', {class: 'dxflow-notifications'}, toggle, panel);
    toggle.addEventListener('click', () => {
      panel.hidden = !panel.hidden;
      if (!panel.hidden) {
        refresh();
      }
    });
    list.prepend(item);
    refresh();
  }

  injectStyle();
  setInterval(attach, 1000);
  setInterval(refresh, REFRESH_MS);
})();
