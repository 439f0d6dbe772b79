// The same aggregation as `funnel report` (rep × ISO week: dials, reached, meetings, callbacks, talk time),
// in DuckDB with the column types given. Run by bench/run.mjs in a child process so its RSS is its own.
//   node bench/duckdb-query.mjs FILE THREADS [SHAPE]   → JSON rows on stdout (SHAPE: see shapes.mjs; default plain)
import { createRequire } from 'node:module';
import { SHAPES, WEEKLY_FULL_QUERY, WEEKLY_QUERY } from './shapes.mjs';

const [file, threads, shape = 'plain'] = process.argv.slice(2);
const weekly = { weekly: WEEKLY_QUERY, 'weekly-full': WEEKLY_FULL_QUERY }[shape];
const spec = weekly ?? SHAPES[shape];
const require = createRequire(new URL('./.duckdb/package.json', import.meta.url));
const { DuckDBInstance } = await import(require.resolve('@duckdb/node-api'));
const options = threads === 'default' ? {} : { threads: String(threads) };
const instance = await DuckDBInstance.create(':memory:', options);
const connection = await instance.connect();
const str = (s) => `'${String(s).replaceAll("'", "''")}'`;
const label = (code) => str(spec.labels?.[code] ?? code);
const { columns, where, ...read } = spec.duck;
const readOptions = Object.entries(read).map(([k, v]) => `, ${k} = ${str(v)}`).join('');
const columnList = Object.entries(columns).map(([k, v]) => `${str(k)}: ${str(v)}`).join(', ');
const talk = columns.duration === 'INTERVAL' ? 'CAST(sum(epoch(duration)) AS BIGINT)' : 'sum(duration)';
const sql = `
  SELECT strftime(ts, '%G-W%V') AS week, rep,
         count(*) AS dials,
         count(*) FILTER (WHERE outcome IN (${label('connected')}, ${label('meeting_booked')}, ${label('callback')})) AS reached,
         count(*) FILTER (WHERE outcome = ${label('meeting_booked')}) AS meetings,
         count(*) FILTER (WHERE outcome = ${label('callback')}) AS callbacks,
         ${talk} AS talk_seconds
  FROM read_csv(${str(file)}, header = true${readOptions}, columns = {${columnList}})
  ${where ? `WHERE ${where}` : ''}
  GROUP BY ALL`;
// A weekly table is already counted: the group-by sums its rows per week and rep.
const weeklySql = `
  SELECT week, rep, sum(dials) AS dials, sum(reached) AS reached, sum(meetings) AS meetings, ${spec.sums}
  FROM read_csv(${str(file)}, header = true${readOptions}, columns = {${columnList}})
  GROUP BY ALL`;
const reader = await connection.runAndReadAll(weekly ? weeklySql : sql);
process.stdout.write(JSON.stringify(reader.getRowObjectsJson()));
