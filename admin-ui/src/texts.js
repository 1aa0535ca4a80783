// The text editors of the page: criteria catalogs (DXFlow's catalog import and export), campaign calendars
// and report templates. Each is saved only after the server's checks; refusals list what to fix.
import { request } from './api.js';
import { show, showError } from './messages.js';

const $ = (selector) => document.querySelector(selector);

function editor({ select, text, save, box, list, read, write, label }) {
  async function refresh() {
    const items = await list();
    $(select).replaceChildren(...items.map((item) => new Option(label(item), item.id)));
    if (items.length) {
      await load();
    }
  }
  async function load() {
    try {
      $(text).value = await read($(select).value);
    } catch (error) {
      showError($(box), error);
    }
  }
  $(select).addEventListener('change', load);
  $(save).addEventListener('click', async () => {
    try {
      const saved = await write($(select).value, $(text).value);
      show($(box), `Đã lưu ${saved}.`);
    } catch (error) {
      showError($(box), error);
    }
  });
  return refresh();
}

export async function setUpTextEditors() {
  await editor({
    select: '#catalog', text: '#catalog-text', save: '#catalog-save', box: '#catalog-messages',
    list: () => request('GET', '/api/catalogs'),
    label: (c) => `${c.title} (${c.id})`,
    read: (id) => request('GET', `/api/catalogs/${id}/export`),
    write: async (_, yaml) => (await request('POST', '/api/catalogs/import', yaml, 'application/yaml')).id
  });
  await editor({
    select: '#campaign', text: '#campaign-text', save: '#campaign-save', box: '#campaign-messages',
    list: () => request('GET', '/api/admin/campaigns'),
    label: (c) => `${c.name} (${c.id})`,
    read: (id) => request('GET', `/api/admin/campaigns/${id}`),
    write: async (id, yaml) => (await request('PUT', `/api/admin/campaigns/${id}`, yaml)).id
  });
  await editor({
    select: '#template', text: '#template-text', save: '#template-save', box: '#template-messages',
    list: async () => (await request('GET', '/api/admin/templates')).map((t) => ({ ...t, id: t.path })),
    label: (t) => t.path + (t.overridden ? ' (đã sửa)' : ''),
    read: (path) => request('GET', `/api/admin/templates/file?path=${encodeURIComponent(path)}`),
    write: async (selected, content) => {
      const path = $('#template-new').value.trim() || selected;
      await request('PUT', `/api/admin/templates/file?path=${encodeURIComponent(path)}`, content);
      return path;
    }
  });
}
