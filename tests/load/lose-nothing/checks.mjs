// After the run: is every acknowledged write in the database, is no import partly written, and
// was nothing applied twice? Each check returns { name, pass, detail }.
import { query, quote } from './db.mjs';

const counts = (values) => values.reduce((map, value) => map.set(value, (map.get(value) ?? 0) + 1), new Map());

// Every version of every answer the run wrote: the current ones and the replaced ones (each change
// of an answer keeps the version it replaced), by comment.
function answerComments(run) {
  return counts(query(`SELECT "Comment" FROM "Answers" WHERE "Comment" LIKE ${quote(`${run}-%`)}
    UNION ALL SELECT "OldComment" FROM "AnswerChanges" WHERE "OldComment" LIKE ${quote(`${run}-%`)}`).map(([comment]) => comment));
}

function checkAnswers(ledger, comments) {
  const acked = ledger.answers.filter((a) => a.ok);
  const lost = acked.filter((a) => !comments.has(a.marker));
  const twice = ledger.answers.filter((a) => (comments.get(a.marker) ?? 0) > 1);
  const appliedUnacked = ledger.answers.filter((a) => !a.ok && comments.has(a.marker)).length;
  return [
    { name: 'every acknowledged answer save is stored', pass: lost.length === 0, detail: `${acked.length} acknowledged, ${lost.length} missing${lost.length ? ` (e.g. ${lost[0].marker})` : ''}; of ${ledger.answers.length - acked.length} not acknowledged, ${appliedUnacked} were applied` },
    { name: 'no answer save applied twice', pass: twice.length === 0, detail: `${twice.length} markers found more than once` },
  ];
}

function checkImports(ledger, comments) {
  let partial = 0;
  let lost = 0;
  let twice = 0;
  let appliedUnacked = 0;
  for (const file of ledger.imports) {
    let found = 0;
    for (let j = 0; j < file.rows; j += 1) {
      const n = comments.get(`${file.marker}/${j}`) ?? 0;
      found += n > 0 ? 1 : 0;
      twice += n > 1 ? 1 : 0;
    }
    if (found > 0 && found < file.rows) partial += 1;
    if (file.ok && found < file.rows) lost += 1;
    if (!file.ok && found === file.rows) appliedUnacked += 1;
  }
  const acked = ledger.imports.filter((f) => f.ok).length;
  return [
    { name: 'every acknowledged import is stored whole', pass: lost === 0, detail: `${acked} acknowledged, ${lost} not fully stored; of ${ledger.imports.length - acked} not acknowledged, ${appliedUnacked} were applied whole` },
    { name: 'no import partly written', pass: partial === 0, detail: `${partial} of ${ledger.imports.length} files have some but not all of their rows` },
    { name: 'no import row applied twice', pass: twice === 0, detail: `${twice} rows found more than once` },
  ];
}

// Rounds and their review steps: each acknowledged step is there exactly once; none is there twice.
function checkCycles(run, ledger) {
  const rounds = new Map(query(`SELECT "Code", "Status" FROM "SurveyRounds" WHERE "Code" LIKE ${quote(`${run}-%`)}`));
  const events = new Map();
  for (const [code, action, comment] of query(`SELECT r."Code", e."Action", coalesce(e."Comment", '') FROM "SubmissionEvents" e
      JOIN "Submissions" s ON s."Id" = e."SubmissionId" JOIN "SurveyRounds" r ON r."Id" = s."RoundId" WHERE r."Code" LIKE ${quote(`${run}-%`)}`)) {
    const key = `${code} ${action}`;
    events.set(key, [...(events.get(key) ?? []), comment]);
  }
  const stepEvent = { submit: 'submitted', query: 'queried', resubmit: 'resubmitted', validate: 'validated' };
  let acked = 0;
  let missing = [];
  let twice = [];
  for (const cycle of ledger.cycles) {
    for (const [step, ok] of Object.entries(cycle.steps)) {
      const present = step === 'round' ? (rounds.has(cycle.round) ? 1 : 0)
        : step === 'open' ? (rounds.has(cycle.round) && rounds.get(cycle.round) !== 'Draft' ? 1 : 0)
        : step === 'import' ? 1 // checked with the imports
        : (events.get(`${cycle.round} ${stepEvent[step]}`) ?? []).length;
      if (ok) acked += 1;
      if (ok && present === 0) missing.push(`${cycle.round} ${step}`);
      if (present > 1) twice.push(`${cycle.round} ${step}`);
    }
    const query = events.get(`${cycle.round} queried`);
    if (query && !query.every((c) => c === cycle.query)) missing.push(`${cycle.round} query text`);
  }
  const validated = ledger.cycles.filter((c) => c.steps.validate).length;
  return [
    { name: 'every acknowledged round step is stored', pass: missing.length === 0, detail: `${ledger.cycles.length} rounds started, ${validated} validated; ${acked} steps acknowledged, ${missing.length} missing${missing.length ? ` (${missing.slice(0, 3).join(', ')})` : ''}` },
    { name: 'no round step applied twice', pass: twice.length === 0, detail: `${twice.length} steps found more than once${twice.length ? ` (${twice.slice(0, 3).join(', ')})` : ''}` },
  ];
}

export function auditBaseline() {
  return Number(query('SELECT coalesce(max("Id"), 0) FROM "AuditEntries"')[0][0]);
}

function checkLogins(ledger, baseline) {
  const recorded = Number(query(`SELECT count(*) FROM "AuditEntries" WHERE "Id" > ${baseline} AND "Action" = 'account.signed-in'`)[0][0]);
  const acked = ledger.logins.filter((l) => l.ok).length;
  return [{ name: 'every acknowledged sign-in is in the audit log', pass: recorded >= acked && recorded <= ledger.logins.length, detail: `${acked} acknowledged of ${ledger.logins.length}; ${recorded} audited` }];
}

export function runChecks(run, ledger, baseline) {
  const comments = answerComments(run);
  return [...checkAnswers(ledger, comments), ...checkImports(ledger, comments), ...checkCycles(run, ledger), ...checkLogins(ledger, baseline)];
}
