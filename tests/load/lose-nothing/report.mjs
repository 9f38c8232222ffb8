// Figures of the run: requests per second and p99 before, during and after the outage, errors by
// kind, HAProxy's view (instance state changes from its stats page, 5xx and redispatches from its log).
import { readFileSync } from 'node:fs';

const p99 = (values) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
};

// Phases by when a request started: before the kill, while the instance is down, after its restart.
export function phases(records, killAt, restartAt, end) {
  return [['before', 0, killAt], ['during', killAt, restartAt], ['after', restartAt, end]].map(([name, from, to]) => {
    const inPhase = records.filter((r) => r.start >= from && r.start < to);
    const ok = inPhase.filter((r) => r.ok);
    return { phase: name, seconds: (to - from) / 1000, requests: inPhase.length, rps: ok.length / ((to - from) / 1000), p99ms: p99(ok.map((r) => r.end - r.start)), errors: inPhase.length - ok.length };
  });
}

export function errorsByKind(records) {
  const table = {};
  for (const r of records.filter((x) => !x.ok)) {
    table[r.kind] ??= {};
    table[r.kind][r.error] = (table[r.kind][r.error] ?? 0) + 1;
  }
  return table;
}

// Polls HAProxy's CSV stats and keeps each change of an instance's status with its time.
export function watchInstances(statsUrl, now) {
  const changes = [];
  const last = new Map();
  const timer = setInterval(async () => {
    try {
      const csv = await (await fetch(statsUrl, { signal: AbortSignal.timeout(1000) })).text();
      for (const line of csv.split('\n')) {
        const [proxy, server, , , , , , , , , , , , , , , , status] = line.split(',');
        if (proxy !== 'hosts' || !/^i\d$/.test(server ?? '')) continue;
        const state = status.split(' ')[0];
        if (last.get(server) !== state) {
          changes.push({ at: now(), server, state });
          last.set(server, state);
        }
      }
    } catch {
      // The next poll will tell.
    }
  }, 250);
  return { changes, stop: () => clearInterval(timer) };
}

// HAProxy's log (option httplog, ISO timestamps): per server, the 5xx answers it gave, how many
// requests it redispatched to another instance after a failed connection ("+" retries), and when it
// took an instance out or back.
export function haproxyLog(path) {
  const servers = {};
  const states = [];
  let redispatched = 0;
  const pattern = /\] mnr \S+\/(\S+) \S+ (\d{3}) \S+ \S+ \S+ (\S{4}) \S+\/\S+\/\S+\/\S+\/(\+?\d+) /;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    // "2026-12-07T03:19:25.123456+00:00 haproxy[7617]: Server hosts/i1 is DOWN, reason: ..."
    const change = /^(\S+) .*Server hosts\/(i\d) is (UP|DOWN)/.exec(line);
    if (change) states.push({ at: Date.parse(change[1]), server: change[2], state: change[3] });
    const match = pattern.exec(line);
    if (!match) continue;
    const [, server, status, termination, retries] = match;
    servers[server] ??= { requests: 0, errors: {} };
    servers[server].requests += 1;
    if (Number(status) >= 500) servers[server].errors[`${status} ${termination}`] = (servers[server].errors[`${status} ${termination}`] ?? 0) + 1;
    if (retries.startsWith('+')) redispatched += 1;
  }
  return { servers, redispatched, states };
}
