// The 64 clients: each loops over one kind of work until the run ends, with a short random pause
// between requests. Every write carries a marker unique to it (in an answer's comment, a query, a
// reply, a round's code) and goes into the ledger with whether the platform acknowledged it.

export const instrument = 'government-survey';
export const country = 'KEN';

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms * (0.5 + Math.random())));
const pick = (items) => items[Math.floor(Math.random() * items.length)];
const submissionPath = (round) => `/api/v1/rounds/${round}/submissions/${country}/${instrument}`;

// What was written: the checks look each entry up in the database.
export const ledger = { answers: [], imports: [], cycles: [], logins: [] };

export function answersCsv(round, marker, questions) {
  const rows = questions.map((q, j) => `${round},${country},${instrument},${q},${j % 2 ? 'yes' : 'no'},${marker}/${j}`);
  return ['round,country,instrument,question,value,comment', ...rows].join('\n') + '\n';
}

async function loop(until, think, work) {
  let seq = 0;
  while (Date.now() < until) {
    await work(seq);
    seq += 1;
    await pause(think);
  }
}

export const kinds = {
  // A signed-in reader of the overview (static SSR, cached per viewer).
  overview: (run, c, until, think) => loop(until, think, () => c.reader.send('overview', 'GET', pick(['/', '/', '/domains']))),

  // The JSON API read with a personal access token: indicator results and the catalogue.
  'api-read': (run, c, until, think) => loop(until, think, () =>
    c.analyst.send('api-read', 'GET', pick(['/api/v1/rounds/2026-self-assessment/results', '/api/v1/indicators', '/api/v1/rounds']))),

  // A focal point saving one answer (PATCH by question id) in its own round.
  answers: (run, c, until, think) => loop(until, think, async (seq) => {
    const marker = `${run}-${c.id}-${seq}`;
    const question = pick(c.questions);
    const result = await c.focal.json('answers', 'PATCH', `${submissionPath(c.round)}/answers`,
      { answers: { [question]: { value: pick(['yes', 'no']), comment: marker } } });
    ledger.answers.push({ marker, ok: result.ok, error: result.ok ? null : result.status });
  }),

  // A focal point uploading a whole file of answers (all or nothing) into its own round.
  import: (run, c, until, think) => loop(until, think, async (seq) => {
    const marker = `${run}-${c.id}-${seq}`;
    const result = await c.focal.send('import', 'POST', `${submissionPath(c.round)}/answers?fileName=answers.csv`,
      { body: answersCsv(c.round, marker, c.questions), type: 'text/csv' });
    ledger.imports.push({ marker, rows: c.questions.length, ok: result.ok });
  }),

  // A round from start to validation: the secretariat creates and opens it, the focal point
  // uploads and submits, the secretariat queries, the focal point replies, the secretariat
  // validates. A step that fails ends the cycle (nothing is retried); the next starts a new round.
  validation: (run, c, until, think) => loop(until, think, async (seq) => {
    const round = `${run}-${c.id}-${seq}`;
    const cycle = { round, steps: {}, query: `${round}-query`, reply: `${round}-reply` };
    ledger.cycles.push(cycle);
    const steps = [
      ['round', () => c.analyst.json('round', 'POST', '/api/v1/rounds', { code: round, name: `Lose-nothing ${round}`, year: 2026, instruments: [instrument], countries: { iso3: [country] } })],
      ['open', () => c.analyst.send('round', 'POST', `/api/v1/rounds/${round}/open`)],
      ['import', async () => {
        const result = await c.focal.send('import', 'POST', `${submissionPath(round)}/answers?fileName=answers.csv`, { body: answersCsv(round, `${round}-import`, c.questions), type: 'text/csv' });
        ledger.imports.push({ marker: `${round}-import`, rows: c.questions.length, ok: result.ok });
        return result;
      }],
      ['submit', () => c.focal.json('submit', 'POST', `${submissionPath(round)}/submit`, {})],
      ['query', () => c.analyst.json('query', 'POST', `${submissionPath(round)}/query`, { comment: cycle.query })],
      ['resubmit', () => c.focal.json('submit', 'POST', `${submissionPath(round)}/submit`, { reply: cycle.reply })],
      ['validate', () => c.analyst.send('validate', 'POST', `${submissionPath(round)}/validate`)],
    ];
    for (const [name, step] of steps) {
      const result = await step();
      cycle.steps[name] = result.ok;
      if (!result.ok) return;
      await pause(think / 4);
    }
  }),

  // Signing in through the form (a fresh browser each time).
  login: (run, c, until, think) => loop(until, think, async () => {
    const ok = await c.fresh().signIn(pick(c.accounts), c.password);
    ledger.logins.push({ ok });
  }),
};
