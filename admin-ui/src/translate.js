// Vietnamese labels for the editor and its properties panel (bpmn-js "translate" service). Labels not listed
// stay in English, as in Camunda Modeler, so that they match Camunda's documentation.
const VI = {
  'General': 'Chung',
  'Name': 'Tên',
  'ID': 'Mã (ID)',
  'Documentation': 'Ghi chú',
  'Element documentation': 'Ghi chú của phần tử',
  'User assignment': 'Giao việc',
  'Assignee': 'Người thực hiện (Assignee)',
  'Candidate groups': 'Nhóm thực hiện (Candidate groups)',
  'Candidate users': 'Người được nhận (Candidate users)',
  'Due date': 'Hạn (Due date)',
  'Follow up date': 'Ngày theo dõi (Follow up date)',
  'Form': 'Biểu mẫu',
  'Forms': 'Biểu mẫu',
  'Form fields': 'Trường biểu mẫu',
  'Timer': 'Hẹn giờ',
  'Type': 'Loại',
  'Value': 'Giá trị',
  'Inputs': 'Đầu vào',
  'Outputs': 'Đầu ra',
  'Condition': 'Điều kiện',
  'Implementation': 'Cách thực hiện',
  'Process variable name': 'Tên biến quy trình',
  'Multi-instance': 'Nhiều phiên bản (multi-instance)',
  'Asynchronous continuations': 'Chạy nền (asynchronous)',
  'Execution listeners': 'Bộ nghe thực thi',
  'Extension properties': 'Thuộc tính mở rộng',
  'Activate the create/remove space tool': 'Công cụ tạo/xóa khoảng trống',
  'Activate the hand tool': 'Công cụ kéo khung nhìn',
  'Activate the lasso tool': 'Công cụ chọn vùng',
  'Activate the global connect tool': 'Công cụ nối',
  'Create start event': 'Thêm sự kiện bắt đầu',
  'Create end event': 'Thêm sự kiện kết thúc',
  'Create task': 'Thêm công việc',
  'Create gateway': 'Thêm cổng rẽ nhánh'
};

function translate(template, replacements = {}) {
  const text = VI[template] || template;
  return text.replace(/{([^}]+)}/g, (_, key) => replacements[key] ?? `{${key}}`);
}

export default { translate: ['value', translate] };
