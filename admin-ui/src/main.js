// DXFlow administration page: edit a process model with bpmn-js and the Camunda 7 properties panel (or load a
// Camunda Modeler file), validate and deploy it, browse versions, compare, roll back and migrate running
// instances; edit criteria catalogs, campaign calendars and report templates as text.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import './style.css';

import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

import { request, session } from './api.js';
import { show, showError } from './messages.js';
import translateModule from './translate.js';
import { setUpTextEditors } from './texts.js';

const $ = (selector) => document.querySelector(selector);
const messages = $('#messages');

const modeler = new BpmnModeler({
  container: '#canvas',
  propertiesPanel: { parent: '#properties' },
  additionalModules: [
    BpmnPropertiesPanelModule,
    BpmnPropertiesProviderModule,
    CamundaPlatformPropertiesProviderModule,
    CamundaBehaviorsModule,
    translateModule
  ],
  moddleExtensions: { camunda: camundaModdle }
});

const processKey = () => $('#process').value;
let versions = [];

async function open(xml, origin) {
  try {
    const { warnings } = await modeler.importXML(xml);
    showReadable(modeler.get('canvas'));
    show(messages, `Đã mở ${origin}.` + (warnings.length ? ` (${warnings.length} cảnh báo khi đọc tệp)` : ''));
  } catch (error) {
    show(messages, `Không mở được ${origin}: ${error.message}`, [], 'error');
  }
}

/** The whole model if it fits legibly, otherwise its left part at a readable scale (scroll with the hand tool). */
function showReadable(canvas) {
  const readable = 0.6;
  canvas.zoom('fit-viewport');
  if (canvas.zoom() < readable) {
    const { inner, outer } = canvas.viewbox();
    // Leave room for the palette on the left (about 100 screen pixels).
    canvas.viewbox({ x: inner.x - 100 / readable, y: inner.y - 20, width: outer.width / readable, height: outer.height / readable });
  }
}

async function currentXml() {
  const { xml } = await modeler.saveXML({ format: true });
  return xml;
}

async function loadProcesses() {
  const processes = await request('GET', '/api/admin/models');
  $('#process').replaceChildren(...processes.map((p) => new Option(`${p.name || p.key} (${p.key})`, p.key)));
}

async function loadLatest() {
  await loadVersions();
  if (versions.length) {
    const xml = await request('GET', `/api/admin/models/${processKey()}/versions/${versions[0].version}/xml`);
    await open(xml, `phiên bản ${versions[0].version} của ${processKey()}`);
  }
}

async function loadVersions() {
  versions = await request('GET', `/api/admin/models/${processKey()}/versions`);
  const rows = versions.map((v, index) => {
    const row = document.createElement('tr');
    row.dataset.version = v.version;
    const cells = [v.version, v.deployedBy, new Date(v.deployedAt).toLocaleString('vi-VN'), v.deploymentName,
      v.runningInstances];
    for (const value of cells) {
      const cell = document.createElement('td');
      cell.textContent = value;
      row.append(cell);
    }
    const actions = document.createElement('td');
    actions.append(button('Mở', () => openVersion(v.version)));
    if (index < versions.length - 1) {
      actions.append(button('So sánh với bản trước', () => diff(versions[index + 1].version, v.version)));
    }
    if (index > 0 && v.runningInstances > 0) {
      actions.append(button(`Chuyển sang bản ${versions[0].version}…`, () => preview(v.version, versions[0].version)));
    }
    row.append(actions);
    return row;
  });
  $('#versions tbody').replaceChildren(...rows);
}

function button(label, onClick) {
  const element = document.createElement('button');
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

async function openVersion(version) {
  const xml = await request('GET', `/api/admin/models/${processKey()}/versions/${version}/xml`);
  await open(xml, `phiên bản ${version} của ${processKey()}`);
}

const KIND = { ADDED: 'Thêm', REMOVED: 'Xóa', CHANGED: 'Sửa' };

async function diff(from, to) {
  const changes = await request('GET', `/api/admin/models/${processKey()}/diff?from=${from}&to=${to}`);
  const box = $('#diff');
  box.replaceChildren();
  const title = document.createElement('h3');
  title.textContent = `Khác biệt giữa phiên bản ${from} và ${to}` + (changes.length ? '' : ': không có');
  box.append(title);
  const list = document.createElement('ul');
  for (const change of changes) {
    const item = document.createElement('li');
    item.textContent = `${KIND[change.kind]}: ${change.name || '(không tên)'} – ${change.elementId} (${change.type})`;
    list.append(item);
  }
  box.append(list);
}

async function preview(from, to) {
  const box = $('#migration');
  try {
    const result = await request('GET', `/api/admin/models/${processKey()}/migration?from=${from}&to=${to}`);
    box.replaceChildren();
    const title = document.createElement('h3');
    const movable = result.instances.filter((i) => i.movable);
    title.textContent = `Chuyển tiến trình từ phiên bản ${from} sang ${to}: ${movable.length}/${result.instances.length} tiến trình chuyển được`;
    box.append(title);
    for (const problem of result.planProblems) {
      const p = document.createElement('p');
      p.className = 'error';
      p.textContent = problem;
      box.append(p);
    }
    const table = document.createElement('table');
    table.innerHTML = '<thead><tr><th>Tiến trình</th><th>Đơn vị</th><th>Chuyển được?</th><th>Lý do</th></tr></thead>';
    const body = document.createElement('tbody');
    for (const instance of result.instances) {
      const row = document.createElement('tr');
      for (const value of [instance.instanceId, instance.unitCode ?? '', instance.movable ? 'Có' : 'Không',
        instance.reasons.join('; ')]) {
        const cell = document.createElement('td');
        cell.textContent = value;
        row.append(cell);
      }
      body.append(row);
    }
    table.append(body);
    box.append(table);
    if (movable.length) {
      box.append(button(`Chuyển ${movable.length} tiến trình sang phiên bản ${to}`, () => migrate(from, to)));
    }
  } catch (error) {
    showError(messages, error);
  }
}

async function migrate(from, to) {
  try {
    const result = await request('POST', `/api/admin/models/${processKey()}/migration`,
      JSON.stringify({ fromVersion: from, toVersion: to }), 'application/json');
    show(messages, `Đã chuyển ${result.migrated} tiến trình sang phiên bản ${to}; ${result.notMigrated.length} tiến trình giữ nguyên phiên bản cũ.`);
    $('#migration').replaceChildren();
    await loadVersions();
  } catch (error) {
    showError(messages, error);
  }
}

$('#validate').addEventListener('click', async () => {
  try {
    const result = await request('POST', '/api/admin/models/validate', await currentXml(), 'text/xml;charset=UTF-8');
    show(messages, `Mô hình ${result.processKey} hợp lệ, có thể triển khai.`);
  } catch (error) {
    showError(messages, error);
  }
});

$('#deploy').addEventListener('click', async () => {
  try {
    const note = encodeURIComponent($('#note').value || 'sửa trên trang quản trị');
    const version = await request('POST', `/api/admin/models/deploy?note=${note}`, await currentXml(),
      'text/xml;charset=UTF-8');
    show(messages, `Đã triển khai ${version.processKey} phiên bản ${version.version}.`);
    if (version.processKey !== processKey()) {
      await loadProcesses();
      $('#process').value = version.processKey;
    }
    await loadVersions();
  } catch (error) {
    showError(messages, error);
  }
});

$('#rollback').addEventListener('click', async () => {
  try {
    const version = await request('POST', `/api/admin/models/${processKey()}/rollback`, '');
    show(messages, `Đã khôi phục: ${version.deploymentName} (phiên bản mới ${version.version}).`);
    await loadLatest();
  } catch (error) {
    showError(messages, error);
  }
});

$('#upload').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (file) {
    await open(await file.text(), `tệp ${file.name}`);
  }
});

$('#load-latest').addEventListener('click', loadLatest);
$('#process').addEventListener('change', loadLatest);

for (const tab of document.querySelectorAll('.tab')) {
  tab.addEventListener('click', () => {
    document.querySelectorAll('.tab').forEach((t) => t.classList.toggle('active', t === tab));
    document.querySelectorAll('.panel').forEach((p) => { p.hidden = p.id !== `tab-${tab.dataset.tab}`; });
  });
}

try {
  const me = await session();
  $('#user').textContent = `Người dùng: ${me.userId}`;
  await loadProcesses();
  await loadLatest();
  await setUpTextEditors();
} catch (error) {
  showError(messages, error);
}
