// Opens many interactive circuits on one page of a running host and reports what they cost it,
// and the compressed bytes a browser downloads on a first load of that page.
//
//   node circuits.mjs BASE_URL HOST_PID [PAGE] [CIRCUITS]
//
// Signs in as the demo analyst (LOAD_ACCOUNT=administrator for another demo account) through the form, loads PAGE once in a fresh browser context with
// an empty cache (bytes on the wire, from Chromium's own accounting), then opens CIRCUITS pages of
// it in parallel batches, each waiting until its Blazor circuit is connected (the WebSocket to
// /_blazor has received frames). Reads the host's resident memory (VmRSS of HOST_PID) before the
// circuits and after they settle. Every step is bounded; loopback only.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [base, hostPid, path = '/secretariat', count = '100'] = process.argv.slice(2);
const circuits = Number.parseInt(count, 10);
const batch = 10;
const chromiumPath = process.env.MNR_CHROMIUM || '/usr/bin/chromium';

const rssMiB = () => {
  const status = readFileSync(`/proc/${hostPid}/status`, 'utf8');
  return Number.parseInt(/VmRSS:\s+(\d+) kB/.exec(status)[1], 10) / 1024;
};

async function signIn(context) {
  const page = await context.newPage();
  await page.goto(`${base}/account/sign-in`, { timeout: 30_000 });
  await page.fill('[name="Input.Email"]', `${process.env.LOAD_ACCOUNT || 'analyst'}@demo.invalid`);
  await page.fill('[name="Input.Password"]', 'mnr-demo-password');
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/account/'), { timeout: 30_000 }), page.click('form button[type=submit]')]);
  await page.close();
}

// Resolves once the page's circuit WebSocket has received a few frames (the circuit is up and rendered).
async function openCircuit(context) {
  const page = await context.newPage();
  const connected = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no circuit within 60 s')), 60_000);
    page.on('websocket', (socket) => {
      if (!socket.url().includes('/_blazor')) return;
      let frames = 0;
      socket.on('framereceived', () => {
        frames += 1;
        if (frames === 3) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  });
  await page.goto(`${base}${path}`, { timeout: 60_000 });
  await connected;
  return page;
}

async function firstLoadBytes(browser) {
  const context = await browser.newContext();
  await signIn(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    requests += 1;
  });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle', timeout: 60_000 });
  await context.close();
  return { bytes, requests };
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--renderer-process-limit=8'],
});
try {
  const first = await firstLoadBytes(browser);
  console.log(`first load of ${path}: ${(first.bytes / 1024).toFixed(0)} KiB on the wire in ${first.requests} responses`);

  const context = await browser.newContext();
  await signIn(context);
  const warm = await openCircuit(context);
  await warm.close();
  await new Promise((r) => setTimeout(r, 3000));
  const before = rssMiB();
  const pages = [];
  for (let i = 0; i < circuits; i += batch) {
    const size = Math.min(batch, circuits - i);
    pages.push(...await Promise.all(Array.from({ length: size }, () => openCircuit(context))));
  }
  await new Promise((r) => setTimeout(r, 5000));
  const after = rssMiB();
  const perCircuit = ((after - before) * 1024) / circuits;
  console.log(`host resident memory: ${before.toFixed(0)} MiB before, ${after.toFixed(0)} MiB with ${pages.length} circuits open`);
  console.log(`per circuit: ${perCircuit.toFixed(0)} KiB`);
  console.log(JSON.stringify({ path, circuits: pages.length, firstLoadBytes: first.bytes, rssBeforeMiB: before, rssAfterMiB: after, perCircuitKiB: perCircuit }));
} finally {
  await browser.close();
}
