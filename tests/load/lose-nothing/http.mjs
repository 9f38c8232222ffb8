// One client's HTTP: a cookie jar (as a browser keeps it: the session cookie and HAProxy's
// MNRSERVER affinity cookie), a bounded timeout, and a record of every request for the report.

export const requestTimeoutMs = 15_000;

// Every request of the run: { kind, start, end, ok, error, status } with times in ms since t0.
export const records = [];
let t0 = performance.now();
export const now = () => performance.now() - t0;
export const startClock = () => {
  t0 = performance.now();
};

export class Client {
  constructor(base, { token, keepCookies = true } = {}) {
    this.base = base;
    this.token = token;
    this.keepCookies = keepCookies;
    this.cookies = new Map();
  }

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  remember(response) {
    if (!this.keepCookies) return;
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  // Sends a request; returns { ok, status, body } and records it under `kind`. `ok` is true for the
  // statuses in `expect` (2xx by default). Network failures and timeouts come back as status 0.
  async send(kind, method, path, { body, type, expect, record = true } = {}) {
    const headers = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    if (type) headers['content-type'] = type;
    const start = now();
    let status = 0;
    let text = '';
    let error = null;
    let detail;
    try {
      const response = await fetch(this.base + path, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(requestTimeoutMs) });
      status = response.status;
      this.remember(response);
      text = await response.text();
      this.lastLocation = response.headers.get('location');
    } catch (e) {
      error = e.name === 'TimeoutError' ? 'timeout' : `network: ${e.cause?.code ?? e.message}`;
      detail = { message: e.cause?.message, port: e.cause?.socket?.localPort, written: e.cause?.socket?.bytesWritten, read: e.cause?.socket?.bytesRead };
    }
    const ok = error === null && (expect ? expect.includes(status) : status >= 200 && status < 300);
    if (!ok && error === null) error = `http ${status}`;
    if (record) records.push({ kind, start, end: now(), ok, error, status, detail });
    return { ok, status, body: text };
  }

  json(kind, method, path, value, options = {}) {
    return this.send(kind, method, path, { ...options, body: value === undefined ? undefined : JSON.stringify(value), type: value === undefined ? undefined : 'application/json' });
  }

  // Signs in through the form, as a browser does: the page's antiforgery token, then the post.
  async signIn(email, password, { kind = 'login', record = true } = {}) {
    const page = await this.send(kind, 'GET', '/account/sign-in', { record });
    const token = /name="__RequestVerificationToken" value="([^"]+)"/.exec(page.body)?.[1];
    if (!page.ok || !token) return false;
    const form = new URLSearchParams({ _handler: 'sign-in', __RequestVerificationToken: token, 'Input.Email': email, 'Input.Password': password });
    const posted = await this.send(kind, 'POST', '/account/sign-in', { body: form.toString(), type: 'application/x-www-form-urlencoded', expect: [302], record });
    return posted.ok && this.cookies.has('mnr.session') && !(this.lastLocation ?? '').includes('/account/');
  }
}
