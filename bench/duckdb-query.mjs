// The same aggregation as `funnel report` (rep × ISO week: dials, reached, meetings, callbacks, talk time),
// in DuckDB with the column types given. Run by bench/run.mjs in a child process so its RSS is its own.
//   node bench/duckdb-query.mjs FILE THREADS   → JSON rows on stdout
import { createRequire } from 'node:module';

const [file, threads] = process.argv.slice(2);
const require = createRequire(new URL('./.duckdb/package.json', import.meta.url));
const { DuckDBInstance } = await import(require.resolve('@duckdb/node-api'));
const options = threads === 'default' ? {} : { threads: String(threads) };
const instance = await DuckDBInstance.create(':memory:', options);
const connection = await instance.connect();
const sql = `
  SELECT strftime(ts, '%G-W%V') AS week, rep,
         count(*) AS dials,
         count(*) FILTER (WHERE outcome IN ('connected', 'meeting_booked', 'callback')) AS reached,
         count(*) FILTER (WHERE outcome = 'meeting_booked') AS meetings,
         count(*) FILTER (WHERE outcome = 'callback') AS callbacks,
         sum(duration_seconds) AS talk_seconds
  FROM read_csv('${file.replaceAll("'", "''")}', header = true,
       columns = {'ts': 'TIMESTAMP', 'rep': 'VARCHAR', 'outcome': 'VARCHAR', 'duration_seconds': 'BIGINT'})
  GROUP BY ALL`;
const reader = await connection.runAndReadAll(sql);
process.stdout.write(JSON.stringify(reader.getRowObjectsJson()));
