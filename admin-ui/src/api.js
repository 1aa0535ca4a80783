// DXFlow's API from the page: the Camunda webapp session plus its CSRF token on every change.
let csrfToken = '';

export async function session() {
  const me = await request('GET', '/api/admin/session');
  csrfToken = me.csrfToken;
  return me;
}

export async function request(method, path, body, contentType = 'text/plain;charset=UTF-8') {
  const headers = { Accept: 'application/json, text/plain, */*' };
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = csrfToken;
    headers['Content-Type'] = contentType;
  }
  const response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  const text = await response.text();
  const isJson = (response.headers.get('Content-Type') || '').includes('json');
  const data = isJson && text ? JSON.parse(text) : text;
  if (!response.ok) {
    const error = new Error((data && data.message) || `Lỗi ${response.status}`);
    error.problems = (data && data.problems) || [];
    throw error;
  }
  return data;
}
