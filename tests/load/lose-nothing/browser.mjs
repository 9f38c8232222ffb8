// A browser on an interactive page whose circuit lives on one instance: which instance that is
// (HAProxy's MNRSERVER cookie), and after that instance is killed, whether the page comes back on
// another instance with a working circuit.
import { chromium } from 'playwright-core';

const page_ = '/secretariat';

export async function openCircuit(base, email, password) {
  const browser = await chromium.launch({
    executablePath: process.env.MNR_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const sockets = [];
  page.on('websocket', (socket) => {
    if (!socket.url().includes('/_blazor')) return;
    const entry = { opened: Date.now(), frames: 0, closed: null };
    sockets.push(entry);
    socket.on('framereceived', () => { entry.frames += 1; });
    socket.on('close', () => { entry.closed = Date.now(); });
  });
  await page.goto(`${base}/account/sign-in`, { timeout: 30_000 });
  await page.fill('[name="Input.Email"]', email);
  await page.fill('[name="Input.Password"]', password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/account/'), { timeout: 30_000 }), page.click('form button[type=submit]')]);
  await page.goto(`${base}${page_}`, { timeout: 60_000 });
  await waitFor(() => sockets.some((s) => s.frames >= 3 && !s.closed), 60_000, 'the first circuit');
  const instance = await instanceOf(context);
  return { browser, context, page, sockets, instance };
}

async function instanceOf(context) {
  return (await context.cookies()).find((c) => c.name === 'MNRSERVER')?.value ?? null;
}

async function waitFor(condition, ms, what) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what}: not within ${ms / 1000} s`);
}

// Called after the circuit's instance was killed at `killedAt` (Date.now()). Waits for a new
// circuit (a /_blazor WebSocket opened after the kill that receives frames), then checks the
// page: another instance serves it, its heading is there, and the circuit answers an event.
export async function checkRecovery(session, killedAt, screenshot) {
  const { page, context, sockets } = session;
  const result = { reconnected: false, seconds: null, instance: null, heading: null, interactive: false, error: null };
  try {
    // The newest circuit: a rejected reconnection may open (and close) sockets before the page reloads.
    const newest = () => sockets.filter((s) => s.opened > killedAt && !s.closed).at(-1);
    await waitFor(() => (newest()?.frames ?? 0) >= 3, 45_000, 'a new circuit after the kill');
    await page.waitForLoadState('load', { timeout: 10_000 });
    const fresh = newest();
    result.circuits = sockets.filter((s) => s.opened > killedAt).length;
    result.seconds = (fresh.opened - killedAt) / 1000;
    result.instance = await instanceOf(context);
    result.heading = (await page.locator('h1').first().textContent({ timeout: 10_000 }))?.trim() ?? null;
    // A working circuit: a click on the page's Refresh button is answered with frames from the server
    // (counted over every circuit socket opened since the kill: the page may have reloaded once more).
    const framesSinceKill = () => sockets.filter((s) => s.opened > killedAt).reduce((sum, s) => sum + s.frames, 0);
    const before = framesSinceKill();
    await page.locator('[data-testid=refresh]').click({ timeout: 10_000 });
    await waitFor(() => framesSinceKill() > before, 10_000, 'an answer of the new circuit to a click');
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
    result.interactive = true;
    result.reconnected = result.instance !== session.instance;
  } catch (e) {
    result.error = e.message;
  }
  return result;
}
