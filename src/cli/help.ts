/** Help texts of the `wres` program. */

export const MAIN_HELP = `wres: Social Care Workforce Race Equality Standard (SC-WRES) metrics from a council's exports.

Usage:
  wres init FILE... --out profile.yaml   write a starter import profile for the exports
  wres check --profile profile.yaml      the data-quality summary, without the metrics
  wres report --profile profile.yaml [options]   the report, through the import profile
  wres report --staff staff.csv --period 2024-04-01..2025-03-31 [options]
                         the report from CSV files whose headers are the field names
  wres schema            print the JSON Schema of the input dataset
  wres schema --profile  print the JSON Schema of an import profile
  wres collate FILE...   pool councils' JSON reports into national figures
  wres compare --previous last.json --current this.json   year-on-year change
  wres --version         print the version
  wres <command> --help  help for a command

Exit codes: 0 success; 2 bad input (flags, files or data), every problem listed;
1 an unexpected internal error (set WRES_DEBUG=1 to see details).
`;

export const REPORT_HELP = `Usage: wres report --profile profile.yaml [options]
       wres report --staff staff.csv --period START..END [options]

Computes the nine SC-WRES metrics and prints the report: from the exports an import profile
names (see docs/profiles.md; flags override the profile's settings), or from CSV files whose
header row names the fields (see docs/cli.md).

Input files:
  --profile FILE               import profile (.yaml, .yml or .json): the files, their columns,
                               values, period and options; a file flag below replaces its file
  --staff FILE                 staff records (required without --profile)
  --applications FILE          applications (metric 2)
  --disciplinary FILE          disciplinary cases (metric 3)
  --fitness-to-practise FILE   fitness-to-practise referrals (metric 4)
  --cpd FILE                   CPD records (metric 5)
  --survey FILE                staff survey responses (metrics 6 and 7)
  --columns FILE.json          column mapping: { "staff": { "Employee No": "id", ... }, ... }
  --skip-invalid               skip bad rows (and count them) instead of stopping
  (one FILE may be -, standard input)
  --max-skipped SHARE          with --skip-invalid, the most rows of a source that may be skipped (default 0.05, i.e. 5%)

Report:
  --period START..END          reporting period, inclusive ISO dates (required),
                               e.g. 2024-04-01..2025-03-31
  --pay-bands "A,B,C"          pay band labels, lowest first, as CSV cells (quote a label
                               with a comma: '"Band A, lower",Band B')
  --salary-bands "30000,70000" salary thresholds instead of pay band labels
  --standard sc-wres|nhs-wres  direction of the relative likelihoods (default sc-wres)
  --population at-risk|snapshot  population of metrics 3, 4, 5 and 8 (default at-risk)
  --service NAME               restrict to one service, e.g. adults or children
  --terminology TEXT           name of the focal group (default "minority ethnic")
  --white-minorities white|minority  where White minority groups count (default white)
  --breakdown none|broad-groups  also compare Asian, Black, Mixed and Other with White
  --ethnicity-mapping FILE.json  { "raw value": "category", ... } before the built-in tables
  --benchmarks "England=national.json,London=london.json"  pooled figures beside the council's
                               own (collations from "wres collate --format json")
  --level 0.95                 confidence level
  --proportion-method wilson|clopper-pearson|jeffreys|agresti-coull
  --ratio-method koopman|miettinen-nurminen|katz-log|adjusted-log
  --difference-method newcombe|miettinen-nurminen
  --organisation-name TEXT     organisation name shown in the report
  --organisation-code CODE     organisation code (e.g. ONS code)
  --population-minority-share 0.46  minority share of the local population (metric 9),
                               as a proportion or a percentage ("46%")

Output:
  --format md|json|csv|html    Markdown (default), JSON (exactly the computed report;
                               Infinity written as 1e999), CSV (one row per comparison),
                               or HTML (one self-contained page with charts, prints on A4)
  --precision 2,1              decimals of ratios, then of percentages (Markdown, HTML)
  --previous last.json         an earlier year's JSON report (repeat, earliest first): adds
                               the year-on-year table and chart (Markdown, HTML)
  --actions actions.yaml       the action plan (YAML or JSON): a foreword, and per metric
                               "1".."9" achieved, workingTowards, lead, target, due
  --disclosure PRESET          sc-wres-publication, ons-10-5, nhs-digital or none
  --out FILE                   write to FILE (never an input file; - is standard output)
  -h, --help                   this help
`;

export const SCHEMA_HELP = `Usage: wres schema [--out FILE]

Prints the JSON Schema (draft 2020-12) of the input dataset: the records and fields that
computeReport accepts, which the CSV headers follow.
`;
