// The database, read with psql (the PG* variables name it): what the checks count, and the setup's
// personal access tokens.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';

// Rows of a query as arrays of strings (psql -At, fields separated by a tab).
export function query(sql) {
  const out = execFileSync('psql', ['-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-c', sql], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return out.split('\n').filter((line) => line.length > 0).map((line) => line.split('\t'));
}

export const quote = (text) => `'${String(text).replaceAll("'", "''")}'`;

// A personal access token for a demo account, written as the account page writes one (only its
// SHA-256 is stored). The page is interactive; a script has no simpler way to make one.
export function mintToken(email, name) {
  const secret = `mnr_pat_${randomBytes(32).toString('base64url')}`;
  const hash = createHash('sha256').update(secret, 'utf8').digest('hex');
  const rows = query(`INSERT INTO "PersonalAccessTokens" ("UserId", "Name", "Prefix", "TokenHash", "CreatedAt", "ExpiresAt")
    SELECT "Id", ${quote(name)}, ${quote(secret.slice(0, 12))}, ${quote(hash)}, now(), now() + interval '1 day'
    FROM "AspNetUsers" WHERE "NormalizedEmail" = upper(${quote(email)}) RETURNING "Id"`);
  if (rows.length !== 1) throw new Error(`no account ${email} to make a token for (is Demo:Enabled on?)`);
  return secret;
}
