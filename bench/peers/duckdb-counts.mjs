// The DuckDB peer of `npm run bench`: the nine metrics' counting SQL over the same CSV files that
// `wres report` reads, as an analyst who knows SQL would write it. Run as its own process so that its
// wall time, CPU time and peak memory can be measured like the CLI's:
//   node bench/peers/duckdb-counts.mjs config.json   (config written by bench/peers.ts)
// Prints the counts as JSON (the same keys as bench/peers.ts reads from the report).
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { files, period, bands, ethnicity, threads } = config;
const instance = await DuckDBInstance.create(':memory:', { threads: String(threads ?? 2) });
const db = await instance.connect();
const q = (text) => `'${String(text).replaceAll("'", "''")}'`;
const start = q(period.start);
const end = q(period.end);

await db.run(`CREATE TEMP TABLE eth(value VARCHAR, grp VARCHAR)`);
await db.run(`INSERT INTO eth VALUES ${Object.entries(ethnicity).map(([value, group]) => `(${q(value)}, ${q(group)})`).join(', ')}`);
const csv = (path, columns) => `read_csv(${q(path)}, header = true, auto_detect = false, columns = {${Object.entries(columns).map(([name, type]) => `${q(name)}: ${q(type)}`).join(', ')}})`;
const withGroup = (source) => `SELECT s.*, coalesce(e.grp, 'unknown') AS grp FROM ${source} s LEFT JOIN eth e ON e.value = coalesce(s.ethnicity, '')`;

await db.run(`CREATE TEMP TABLE staff AS
  SELECT id, grp, nullif(trim(payBand), '') AS band, seniorManager, regulatedProfessional,
    (startDate IS NULL OR startDate <= ${end}::DATE) AND (endDate IS NULL OR endDate >= ${end}::DATE) AS snapshot,
    (startDate IS NULL OR startDate <= ${end}::DATE) AND (endDate IS NULL OR endDate >= ${start}::DATE) AS at_risk,
    endDate BETWEEN ${start}::DATE AND ${end}::DATE AS left_in_period
  FROM (${withGroup(csv(files.staff, { id: 'VARCHAR', ethnicity: 'VARCHAR', payBand: 'VARCHAR', salary: 'DOUBLE', seniorManager: 'BOOLEAN', service: 'VARCHAR', employment: 'VARCHAR', regulatedProfessional: 'BOOLEAN', startDate: 'DATE', endDate: 'DATE', leavingReason: 'VARCHAR' }))})
  WHERE employment IS NULL OR lower(trim(employment)) = 'direct'`);

// One query, one row per (cell, group): count with the outcome, population total.
const rows = [];
const collect = async (sql) => {
  const reader = await db.runAndReadAll(sql);
  for (const row of reader.getRowObjects()) rows.push(row);
};
const distinctIds = (path) => `(SELECT DISTINCT staffId FROM ${csv(path, { staffId: 'VARCHAR', date: 'DATE' })} WHERE date BETWEEN ${start}::DATE AND ${end}::DATE)`;
await collect(`
  SELECT 'band:' || b.band AS cell, s.grp, count(*) FILTER (WHERE s.band = b.band) AS count, count(*) AS total
  FROM staff s, (SELECT DISTINCT band FROM staff WHERE band IS NOT NULL) b
  WHERE s.snapshot AND s.band IS NOT NULL GROUP BY ALL
  UNION ALL
  SELECT 'entered-disciplinary', grp, count(d.staffId), count(*) FROM staff LEFT JOIN ${distinctIds(files.disciplinaryCases)} d ON d.staffId = staff.id WHERE at_risk GROUP BY ALL
  UNION ALL
  SELECT 'fitness-to-practise-referral', grp, count(f.staffId), count(*) FROM staff LEFT JOIN ${distinctIds(files.fitnessToPractiseReferrals)} f ON f.staffId = staff.id WHERE at_risk AND regulatedProfessional GROUP BY ALL
  UNION ALL
  SELECT 'accessed-funded-cpd', grp, count(c.staffId), count(*) FROM staff LEFT JOIN
    (SELECT DISTINCT staffId FROM ${csv(files.cpd, { staffId: 'VARCHAR', date: 'DATE', funded: 'BOOLEAN', mandatory: 'BOOLEAN' })}
     WHERE funded AND NOT mandatory AND date BETWEEN ${start}::DATE AND ${end}::DATE) c ON c.staffId = staff.id WHERE at_risk GROUP BY ALL
  UNION ALL
  SELECT 'left-organisation', grp, count(*) FILTER (WHERE left_in_period), count(*) FROM staff WHERE at_risk GROUP BY ALL
  UNION ALL
  SELECT 'senior-management', grp, count(*) FILTER (WHERE seniorManager), count(*) FROM staff WHERE snapshot GROUP BY ALL
  UNION ALL
  SELECT 'appointed-from-shortlisting', grp, count(*) FILTER (WHERE appointed), count(*)
  FROM (${withGroup(csv(files.applications, { id: 'VARCHAR', ethnicity: 'VARCHAR', shortlisted: 'BOOLEAN', appointed: 'BOOLEAN', date: 'DATE', service: 'VARCHAR' }))})
  WHERE shortlisted AND date BETWEEN ${start}::DATE AND ${end}::DATE GROUP BY ALL
`);
await db.run(`CREATE TEMP TABLE survey AS ${withGroup(csv(files.survey, { ethnicity: 'VARCHAR', harassmentFromPublic: 'BOOLEAN', harassmentFromColleagues: 'BOOLEAN', harassmentFromManagers: 'BOOLEAN', service: 'VARCHAR' }))}`);
for (const [cell, column] of [['harassment-from-public', 'harassmentFromPublic'], ['harassment-from-colleagues', 'harassmentFromColleagues'], ['harassment-from-managers', 'harassmentFromManagers']]) {
  await collect(`SELECT ${q(cell)} AS cell, grp, count(*) FILTER (WHERE ${column}), count(${column}) FROM survey WHERE ${column} IS NOT NULL GROUP BY ALL`);
}

const counts = {};
for (const row of rows) {
  const [cell, group, count, total] = Object.values(row);
  if (group === 'unknown') continue;
  counts[`${cell} ${group} count`] = Number(count);
  counts[`${cell} ${group} total`] = Number(total);
}
for (const band of bands) for (const group of ['minority', 'white']) {
  counts[`band:${band} ${group} count`] ??= 0;
}
process.stdout.write(JSON.stringify(counts));
