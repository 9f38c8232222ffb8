// Lose nothing when one instance dies: 64 clients of mixed traffic through HAProxy for 60 s; at
// 20 s one instance is killed (SIGKILL), at 40 s it is started again. Then the database is asked
// whether every acknowledged write is there, whole and once, and the figures are printed.
//
//   node tests/load/lose-nothing.mjs     (run by deploy/local-cluster/lose-nothing, which starts the cluster)
//
// Environment: LN_BASE (http://localhost:8080), LN_RUN (the cluster's run folder: pid files,
// haproxy.log), LN_REPO, LN_SECONDS (60), LN_WARMUP (10 s, not counted), LN_THINK_MS (pause between
// a client's requests, 200),
// PG* (the database). Exits 1 when a check fails.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { checkRecovery, openCircuit } from './lose-nothing/browser.mjs';
import { auditBaseline, runChecks } from './lose-nothing/checks.mjs';
import { mintToken } from './lose-nothing/db.mjs';
import { Client, now, records, startClock } from './lose-nothing/http.mjs';
import { errorsByKind, haproxyLog, phases, watchInstances } from './lose-nothing/report.mjs';
import { instrument, kinds, ledger } from './lose-nothing/workers.mjs';

const base = process.env.LN_BASE || 'http://localhost:8080';
const runDir = process.env.LN_RUN || '/tmp/mnr-local-cluster';
const repo = process.env.LN_REPO || new URL('../..', import.meta.url).pathname;
const seconds = Number(process.env.LN_SECONDS || 60);
const think = Number(process.env.LN_THINK_MS || 200);
const warmup = Number(process.env.LN_WARMUP || 10);
const mix = { overview: 16, 'api-read': 12, answers: 14, import: 8, validation: 8, login: 6 };
const password = 'mnr-demo-password';
const run = `ln${Date.now().toString(36)}`;
const log = (text) => console.log(`lose-nothing: ${text}`);

async function must(result, what) {
  if (!(await result).ok) throw new Error(`setup: ${what} failed`);
}

// Tokens, the questions, one open round per writing client, signed-in readers.
async function setUp() {
  const analyst = mintToken('analyst@demo.invalid', `lose-nothing ${run}`);
  const focal = mintToken('focal.point@demo.invalid', `lose-nothing ${run}`);
  const admin = new Client(base, { token: analyst, keepCookies: false });
  const questions = JSON.parse((await admin.send('setup', 'GET', `/api/v1/questions?instrument=${instrument}`, { record: false })).body).map((q) => q.id);
  const clients = [];
  for (const [kind, count] of Object.entries(mix)) {
    for (let i = 0; i < count; i += 1) {
      const id = `${kind.replace('-', '')}${i}`;
      const c = { id, kind, questions, password, accounts: ['analyst@demo.invalid', 'viewer@demo.invalid', 'focal.point@demo.invalid'] };
      c.analyst = new Client(base, { token: analyst, keepCookies: false });
      c.focal = new Client(base, { token: focal, keepCookies: false });
      c.fresh = () => new Client(base);
      if (kind === 'answers' || kind === 'import') {
        c.round = `${run}-${id}`;
        await must(admin.json('setup', 'POST', '/api/v1/rounds', { code: c.round, name: c.round, year: 2026, instruments: [instrument], countries: { iso3: ['KEN'] } }, { record: false }), `creating round ${c.round}`);
        await must(admin.send('setup', 'POST', `/api/v1/rounds/${c.round}/open`, { record: false }), `opening round ${c.round}`);
      }
      if (kind === 'overview') {
        c.reader = new Client(base);
        if (!(await c.reader.signIn(i % 2 ? 'viewer@demo.invalid' : 'analyst@demo.invalid', password, { record: false }))) throw new Error('setup: a reader could not sign in');
      }
      clients.push(c);
    }
  }
  return clients;
}

const sleepUntil = (t) => new Promise((resolve) => setTimeout(resolve, Math.max(0, t - now())));

async function main() {
  log(`run ${run}: setting up through ${base}`);
  const clients = await setUp();
  const session = await openCircuit(base, 'analyst@demo.invalid', password);
  const victim = session.instance;
  if (!/^i\d$/.test(victim ?? '')) throw new Error(`the browser has no MNRSERVER cookie (got ${victim})`);
  const victimNumber = victim.slice(1);
  log(`${clients.length} clients ready; the browser's circuit is on ${victim}, which will be killed`);

  // Warm-up (JIT, caches, connection pools), not counted: the same traffic under another marker prefix.
  log(`warming up for ${warmup} s`);
  await Promise.all(clients.map((c) => kinds[c.kind](`${run}-warm`, c, Date.now() + warmup * 1000, think)));
  records.length = 0;
  for (const entries of Object.values(ledger)) entries.length = 0;

  const baseline = auditBaseline();
  log(`${seconds} s of traffic`);
  startClock();
  const watch = watchInstances('http://127.0.0.1:8404/stats;csv', now);
  const until = Date.now() + seconds * 1000;
  const work = Promise.all(clients.map((c) => kinds[c.kind](run, c, until, think)));

  const killAt = (seconds * 1000) / 3;
  const restartAt = (2 * seconds * 1000) / 3;
  await sleepUntil(killAt);
  const pid = Number(readFileSync(`${runDir}/instance-${victimNumber}.pid`, 'utf8'));
  process.kill(pid, 'SIGKILL');
  const killedAt = now();
  const killedWall = Date.now();
  log(`${(killedAt / 1000).toFixed(1)} s: kill -9 ${pid} (${victim})`);
  const recovery = checkRecovery(session, Date.now(), `${runDir}/recovered-page.png`);

  await sleepUntil(restartAt);
  const started = spawnSync('bash', [`${repo}/deploy/local-cluster/instance`, victimNumber], { encoding: 'utf8' });
  if (started.status !== 0) throw new Error(`restarting ${victim}: ${started.stderr}`);
  const restartedAt = now();
  log(`${(restartedAt / 1000).toFixed(1)} s: ${victim} started again`);

  await work;
  const end = now();
  const browser = await recovery;
  // The restarted instance may still be starting (migrations checked, seeds, JIT): wait for HAProxy to take it back.
  const back = () => watch.changes.some((c) => c.server === victim && c.at > restartedAt && c.state === 'UP');
  for (let i = 0; i < 120 && !back(); i += 1) await new Promise((r) => setTimeout(r, 500));
  watch.stop();
  await session.browser.close();

  const checks = runChecks(run, ledger, baseline);
  const errors = records.filter((r) => !r.ok);
  const proxy = haproxyLog(`${runDir}/haproxy.log`);
  const marked = proxy.states.find((c) => c.server === victim && c.state === 'DOWN' && c.at >= killedWall - 50);
  const detection = marked ? (marked.at - killedWall) / 1000 : null;
  const upAgain = watch.changes.find((c) => c.server === victim && c.at > restartedAt && c.state === 'UP');
  // In flight on the killed instance: answered with an error (502 from HAProxy, or the connection
  // closed) between the kill and HAProxy taking the instance out (+0.5 s for the last answers to arrive).
  const outAt = killedAt + (detection ?? 0) * 1000 + 500;
  const inFlight = errors.filter((r) => r.start <= outAt && r.end >= killedAt && r.end <= outAt);
  const otherServers5xx = Object.entries(proxy.servers).filter(([s, v]) => s !== victim && Object.keys(v.errors).length > 0);
  checks.push(
    { name: 'errors only for requests in flight on the killed instance', pass: errors.length === inFlight.length && otherServers5xx.length === 0, detail: `${errors.length} errors, ${inFlight.length} of them ended between the kill and HAProxy taking the instance out; 5xx from other instances: ${otherServers5xx.length}` },
    { name: 'HAProxy took the instance out within its check interval (fall 2 x inter 1 s, +1 s)', pass: detection !== null && detection <= 3, detail: `HAProxy logged it DOWN ${detection?.toFixed(2) ?? '(never)'} s after the kill; UP again ${upAgain ? ((upAgain.at - restartedAt) / 1000).toFixed(1) : '-'} s after the restart; ${proxy.redispatched} requests redispatched` },
    { name: 'the browser whose circuit was on the killed instance works on another one', pass: browser.reconnected && browser.interactive, detail: browser.error ?? `new circuit ${browser.seconds?.toFixed(1)} s after the kill on ${browser.instance}; heading "${browser.heading}"; Refresh answered` },
  );

  const figures = phases(records, killedAt, restartedAt, end);
  console.log('\nphase    seconds  requests  req/s   p99 ms  errors');
  for (const f of figures) console.log(`${f.phase.padEnd(8)} ${f.seconds.toFixed(1).padStart(7)} ${String(f.requests).padStart(9)} ${f.rps.toFixed(1).padStart(6)} ${f.p99ms.toFixed(0).padStart(8)} ${String(f.errors).padStart(7)}`);
  console.log('\nerrors by kind:', JSON.stringify(errorsByKind(records)));
  console.log('HAProxy, per instance:', JSON.stringify(proxy.servers));
  console.log('instance states:', watch.changes.map((c) => `${(c.at / 1000).toFixed(1)}s ${c.server} ${c.state}`).join(', '));
  console.log('');
  for (const c of checks) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);
  const summary = { run, seconds, clients: clients.length, victim, killedAt, restartedAt, figures, errorsByKind: errorsByKind(records), haproxy: proxy, states: watch.changes, browser, checks, errors };
  writeFileSync(`${runDir}/lose-nothing.json`, JSON.stringify(summary, null, 2));
  log(`figures in ${runDir}/lose-nothing.json`);
  return checks.every((c) => c.pass);
}

main().then((passed) => process.exit(passed ? 0 : 1), (error) => {
  console.error(`lose-nothing: ${error.stack ?? error}`);
  process.exit(2);
});
