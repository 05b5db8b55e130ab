/**
 * The example council as its systems would export it: the same synthetic people and events as the
 * clean CSVs (`council.ts`), written the way an HR system, a recruitment system, a casework
 * tracker, a learning management system and a survey tool write them. `raw/profile.yaml` maps
 * them back; `test/examples/raw-exports.test.ts` checks that the report made through it counts
 * exactly what the generator drew.
 *
 * | file | written like | what it adds to the clean records |
 * |---|---|---|
 * | `staff.xlsx` | an iTrent establishment report | title rows, Excel date cells, grades (Scale 1..6, SO1, SO2, PO1..PO8, Senior Management), contract types, salaries as "£32,589.00", a second assignment for some people, a management tier |
 * | `applications.csv` | a Jobtrain export (Windows-1252) | DD/MM/YYYY dates, an "Outcome" column, curly apostrophes and "£" |
 * | `casework.csv` | an HR casework tracker (UTF-8 with BOM, semicolons) | grievances, capability and informal disciplinary cases beside the formal ones; ISO date-times |
 * | `ftp-referrals.csv` | a regulatory referrals log | dates like "03 May 2024", the regulator |
 * | `lms.txt` | an LMS report saved as "Unicode Text" (UTF-16, tabs) | course titles and a cost instead of a funded flag |
 * | `survey.csv` | a survey tool | whole questions as headers, frequency answers ("Never", "1-2 times", ...) |
 *
 * Everything that is not in the clean records (grades within a band, job titles, extra cases,
 * costs, answers' frequencies) comes from a second generator seeded from the council's seed, so
 * the clean files do not change.
 *
 * @module
 */
import {
  Draw,
  EXAMPLE_PERIOD,
  PARAMETERS,
  dayOf,
  isoOf,
  mulberry32,
  type CouncilRecords,
  type CouncilStaff,
  type PayBand,
} from './council.js';
import { delimited, utf16le, utf8, utf8WithBom, windows1252 } from './text-encodings.js';
import { writeXlsx, type XlsxCell } from './xlsx-writer.js';

/** The raw export files, by name (relative to `raw/`). */
export type RawExportFiles = Record<string, Uint8Array>;

const PERIOD_START = dayOf(EXAMPLE_PERIOD.start);
const PERIOD_END = dayOf(EXAMPLE_PERIOD.end);

/** The grades each pay band of the clean files groups (the profile's `values.payBand` says the same). */
export const GRADES: Readonly<Record<PayBand, readonly string[]>> = {
  'Scale 1-2': ['Scale 1', 'Scale 2'],
  'Scale 3-4': ['Scale 3', 'Scale 4'],
  'Scale 5-6': ['Scale 5', 'Scale 6'],
  'SO1-SO2': ['SO1', 'SO2'],
  'PO1-PO4': ['PO1', 'PO2', 'PO3', 'PO4'],
  'PO5-PO8': ['PO5', 'PO6', 'PO7', 'PO8'],
  'Senior management': ['Senior Management'],
};

const JOB_TITLES: Readonly<Record<PayBand, readonly string[]>> = {
  'Scale 1-2': ['Care Assistant', 'Domestic Assistant', 'Kitchen Assistant'],
  'Scale 3-4': ['Care Worker', 'Business Support Officer', 'Reablement Worker'],
  'Scale 5-6': ['Senior Care Worker', 'Family Support Worker', 'Contact Supervisor'],
  'SO1-SO2': ['Social Work Assistant', 'Occupational Therapy Assistant', 'Team Administrator'],
  'PO1-PO4': ['Social Worker', 'Occupational Therapist', 'Independent Reviewing Officer'],
  'PO5-PO8': ['Senior Practitioner', 'Team Manager', 'Principal Social Worker'],
  'Senior management': ['Head of Service', 'Assistant Director', 'Service Director'],
};

/** The HR system's words for the clean files' values. */
const CONTRACT = { agency: 'Agency', bank: 'Casual' } as const;
const SERVICE_AREA = { adults: 'Adult Social Care', children: "Children's Services" } as const;
/** The recruitment system writes a curly apostrophe (Windows-1252 byte 0x92). */
const RECRUITMENT_SERVICE: Record<string, string> = { adults: 'Adult Social Care', children: 'Children’s Services' };

/** Employee numbers are numbers in the HR system: S00042 is 100042. */
export function employeeNumber(id: string): number {
  return 100000 + Number(id.slice(1));
}

function ddmmyyyy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "03 May 2024". */
function dayMonthName(iso: string): string {
  return `${iso.slice(8, 10)} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** "£32,589.00". */
function pounds(amount: number): string {
  return `£${amount.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** The grade within a band, by where the salary falls in the band's range (blank band: blank grade). */
function gradeOf(staff: CouncilStaff): string | null {
  if (staff.payBand === null || staff.salary === null) return null;
  const grades = GRADES[staff.payBand];
  const [low, high] = PARAMETERS.bands[staff.payBand].salary;
  const at = Math.min(grades.length - 1, Math.floor(((staff.salary - low) / (high - low + 1)) * grades.length));
  return grades[at] ?? null;
}

/** The people's registration numbers: Social Work England ("SW") for most, HCPC ("OT") for occupational therapists. */
function registrations(draw: Draw, staff: readonly CouncilStaff[]): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const s of staff) {
    if (!s.regulatedProfessional) continue;
    const prefix = draw.chance(0.2) ? 'OT' : 'SW';
    numbers.set(s.id, `${prefix}${draw.integer(10000, 99999)}`);
  }
  return numbers;
}

function staffWorkbook(draw: Draw, records: CouncilRecords, regNo: ReadonlyMap<string, string>): Uint8Array {
  const header = [
    'Employee Number', 'Assignment Number', 'Assignment', 'Job Title', 'Grade', 'Management Tier', 'Annual Salary', 'FTE',
    'Service Area', 'Contract Type', 'Ethnic Origin', 'SWE/HCPC Reg No', 'Date Started', 'Leaving Date', 'Leaving Reason',
  ];
  const rows: { key: [number, number]; cells: XlsxCell[] }[] = [];
  for (const s of records.staff) {
    const number = employeeNumber(s.id);
    const band = s.payBand ?? (s.seniorManager ? 'Senior management' : 'Scale 3-4');
    const title = draw.pick(JOB_TITLES[band]);
    const contract = s.employment === 'direct' ? (draw.chance(0.12) ? 'Fixed Term' : 'Permanent') : CONTRACT[s.employment];
    const fte = draw.chance(0.8) ? 1 : draw.pick([0.5, 0.6, 0.8]);
    const person = (assignment: number, kind: 'Primary' | 'Secondary', job: string, grade: string | null, tier: string | null,
      salary: number | null, rowFte: number, service: string, contractType: string, start: string, end: string | null): XlsxCell[] => [
      number, `${number}-${assignment}`, kind, job, grade, tier, salary === null ? null : pounds(salary), rowFte, service, contractType,
      s.ethnicity === '' ? null : s.ethnicity, regNo.get(s.id) ?? null, { date: start }, end === null ? null : { date: end },
      end === null ? null : s.leavingReason,
    ];
    const tier = s.seniorManager ? draw.pick(['Tier 2', 'Tier 3', 'Tier 3']) : null;
    // Some direct staff also hold a casual relief post: a second row, which the profile's `keep` drops.
    const second = s.employment === 'direct' && draw.chance(0.07);
    const secondaryFirst = second && draw.chance(0.3);
    const [primaryNo, secondaryNo] = secondaryFirst ? [2, 1] : [1, 2];
    rows.push({
      key: [number, primaryNo],
      cells: person(primaryNo, 'Primary', title, gradeOf(s), tier, s.salary, fte, SERVICE_AREA[s.service], contract, s.startDate, s.endDate),
    });
    if (second) {
      const grade = draw.pick(['Scale 2', 'Scale 3']);
      const salary = grade === 'Scale 2' ? 24_390 : 26_421;
      const service = draw.chance(0.7) ? SERVICE_AREA[s.service] : SERVICE_AREA[s.service === 'adults' ? 'children' : 'adults'];
      rows.push({
        key: [number, secondaryNo],
        cells: person(secondaryNo, 'Secondary', 'Relief Care Worker', grade, null, salary, 0.1, service, 'Casual', s.startDate, s.endDate),
      });
    }
  }
  rows.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
  const title = 'Example Borough Council (synthetic): establishment report by assignment';
  const run = 'Run on 02/04/2025 at 08:15 by HR Systems. Criteria: all assignments; all employment statuses; leavers since 01/04/2021.';
  const criteria = [
    ['Report', 'Establishment report by assignment (WRES extract)'],
    ['Run by', 'HR Systems'],
    ['Run on', { date: '2025-04-02' }],
    ['Includes', 'All assignments, all employment statuses, leavers since 01/04/2021'],
  ] satisfies XlsxCell[][];
  return writeXlsx(
    [
      { name: 'Staff', rows: [[title], [run], header, ...rows.map((r) => r.cells)], widths: [16, 18, 11, 30, 18, 15, 14, 6, 20, 14, 50, 15, 12, 12, 26] },
      { name: 'Report Criteria', rows: criteria, widths: [12, 70] },
    ],
    [0, 2],
  );
}

interface Vacancy {
  title: string;
  salary: string;
}
const VACANCIES: Record<string, readonly Vacancy[]> = {
  adults: [
    { title: 'Care Worker (Reablement)', salary: '£26,000 – £29,499' },
    { title: 'Social Worker – Adults’ Locality Team', salary: '£40,000 – £47,999' },
    { title: 'Occupational Therapist', salary: '£40,000 – £47,999' },
    { title: 'Senior Care Worker', salary: '£29,500 – £34,999' },
  ],
  children: [
    { title: 'Family Support Worker', salary: '£29,500 – £34,999' },
    { title: 'Social Worker – Children’s Assessment Team', salary: '£40,000 – £47,999' },
    { title: 'Residential Care Worker', salary: '£26,000 – £29,499' },
    { title: 'Team Manager – Children in Care', salary: '£48,000 – £61,999' },
  ],
};

function applicationsCsv(draw: Draw, records: CouncilRecords): Uint8Array {
  const header = ['Candidate ID', 'Vacancy Reference', 'Job Title', 'Service', 'Salary Range', 'Application Date', 'Ethnicity', 'Shortlisted', 'Outcome'];
  const rows = records.applications.map((a) => {
    const vacancyNo = draw.integer(0, 3);
    const vacancy = VACANCIES[a.service]?.[vacancyNo] ?? { title: 'Care Worker', salary: '' };
    const outcome = !a.shortlisted
      ? draw.chance(0.1) ? 'Withdrawn' : 'Not shortlisted'
      : a.appointed ? 'Appointed' : draw.chance(0.15) ? 'Withdrawn' : 'Unsuccessful at interview';
    return [
      `C${200000 + Number(a.id.slice(4))}`,
      `EBC-${a.service === 'adults' ? 'ASC' : 'CS'}-${String(101 + vacancyNo + 4 * Number(a.date.slice(5, 7))).padStart(3, '0')}`,
      vacancy.title,
      RECRUITMENT_SERVICE[a.service] ?? a.service,
      vacancy.salary,
      ddmmyyyy(a.date),
      a.ethnicity,
      a.shortlisted ? 'Yes' : 'No',
      outcome,
    ];
  });
  return windows1252(delimited([header, ...rows], ',', '\r\n'));
}

/** A day within the person's employment and [from, to], or null when they do not overlap. */
function dayWithin(draw: Draw, staff: CouncilStaff, from: number, to: number): number | null {
  const low = Math.max(from, dayOf(staff.startDate));
  const high = Math.min(to, staff.endDate === null ? to : dayOf(staff.endDate));
  return low > high ? null : draw.integer(low, high);
}

const FORMAL_OUTCOMES = ['No case to answer', 'First written warning', 'Final written warning', 'Final written warning; redeployment', 'Dismissal'];

function caseworkCsv(draw: Draw, records: CouncilRecords): Uint8Array {
  const direct = records.staff.filter((s) => s.employment === 'direct');
  type Case = { staffId: string; day: number; type: string; stage: string };
  const cases: Case[] = records.disciplinaryCases.map((c) => ({ staffId: c.staffId, day: dayOf(c.date), type: 'Disciplinary', stage: 'Formal' }));
  // What else the tracker holds: informal disciplinary cases, grievances, capability cases.
  const others: [string, string, number][] = [
    ['Disciplinary', 'Informal', 72],
    ['Grievance', 'Formal', 28],
    ['Grievance', 'Informal', 19],
    ['Capability', 'Formal', 14],
    ['Capability', 'Informal', 11],
  ];
  for (const [type, stage, count] of others) {
    for (let k = 0; k < count; ) {
      const staff = draw.pick(direct);
      const day = dayWithin(draw, staff, PERIOD_START - 120, PERIOD_END);
      if (day === null) continue;
      cases.push({ staffId: staff.id, day, type, stage });
      k++;
    }
  }
  cases.sort((a, b) => a.day - b.day || a.staffId.localeCompare(b.staffId) || a.type.localeCompare(b.type));
  const dateTime = (day: number) => `${isoOf(day)}T00:00:00`;
  const header = ['Case Ref', 'Employee Number', 'Case Type', 'Stage', 'Date Opened', 'Date Closed', 'Outcome'];
  const rows = cases.map((c, i) => {
    const closed = c.day + draw.integer(14, 120);
    const open = closed > PERIOD_END + 5;
    const outcome = open
      ? 'Ongoing'
      : c.stage === 'Informal'
        ? draw.pick(['Resolved informally', 'Management advice', 'Escalated to formal'])
        : draw.pick(FORMAL_OUTCOMES);
    return [`HR-${String(i + 1).padStart(4, '0')}`, String(employeeNumber(c.staffId)), c.type, c.stage, dateTime(c.day), open ? null : dateTime(closed), outcome];
  });
  return utf8WithBom(delimited([header, ...rows], ';', '\r\n'));
}

function referralsCsv(draw: Draw, records: CouncilRecords, regNo: ReadonlyMap<string, string>): Uint8Array {
  const header = ['Referral ID', 'Staff Number', 'Regulator', 'Referral Date', 'Concern', 'Status'];
  const rows = records.fitnessToPractiseReferrals.map((r, i) => [
    `FTP-${String(i + 1).padStart(3, '0')}`,
    String(employeeNumber(r.staffId)),
    (regNo.get(r.staffId) ?? 'SW').startsWith('OT') ? 'HCPC' : 'Social Work England',
    dayMonthName(r.date),
    draw.pick(['Conduct', 'Competence', 'Conduct', 'Health']),
    draw.pick(['Under investigation', 'Closed – no further action', 'Interim order']),
  ]);
  return utf8(delimited([header, ...rows], ',', '\n'));
}

const MANDATORY_COURSES = ['Safeguarding Adults Level 2', 'Safeguarding Children Level 2', 'Moving and Handling', 'Information Governance', 'Fire Safety'];
const FUNDED_COURSES: readonly [string, string, number][] = [
  ['Best Interests Assessor Programme', 'University course', 2400],
  ['Practice Educator Stage 1', 'University course', 1250],
  ['Motivational Interviewing', 'External workshop', 450],
  ['Leadership Essentials', 'External programme', 950],
  ['Trauma-informed Practice', 'External workshop', 180],
];
const SELF_FUNDED = ['Open University module (self-funded)', 'Webinar – Strengths-based Practice'];

function lmsText(draw: Draw, records: CouncilRecords): Uint8Array {
  const header = ['Employee No', 'Course Title', 'Course Type', 'Mandatory (Y/N)', 'Cost', 'Completed', 'Provider'];
  const rows = records.cpd.map((c) => {
    let title: string;
    let type: string;
    let cost: number;
    if (c.mandatory) {
      title = draw.pick(MANDATORY_COURSES);
      type = c.funded ? 'Classroom' : 'E-learning';
      cost = c.funded ? draw.pick([25, 35, 45, 60]) : 0;
    } else if (c.funded) {
      [title, type, cost] = draw.pick(FUNDED_COURSES);
    } else {
      title = draw.pick(SELF_FUNDED);
      type = 'Self-directed';
      cost = 0;
    }
    const provider = c.mandatory ? 'Learning & Development' : type === 'University course' ? 'University of Northbrook' : 'External provider';
    return [String(employeeNumber(c.staffId)), title, type, c.mandatory ? 'Y' : 'N', pounds(cost), ddmmyyyy(c.date), provider];
  });
  return utf16le(delimited([header, ...rows], '\t', '\r\n'));
}

/** The survey's questions, as its export writes them as headers. */
export const SURVEY_QUESTIONS = {
  service: 'Q1 Which service do you work in?',
  public:
    'Q5 In the last 12 months, how many times have you personally experienced harassment, bullying or abuse at work from people who use services, their relatives or other members of the public?',
  colleagues: 'Q6 In the last 12 months, how many times have you personally experienced harassment, bullying or abuse at work from colleagues?',
  managers: 'Q7 In the last 12 months, how many times have you personally experienced harassment, bullying or abuse at work from managers?',
  ethnicity: 'Q12 What is your ethnic group?',
} as const;

const FREQUENCIES: readonly (readonly [string, number])[] = [
  ['1-2 times', 0.5],
  ['3-5 times', 0.25],
  ['6-10 times', 0.15],
  ['More than 10 times', 0.1],
];

function surveyCsv(draw: Draw, records: CouncilRecords): Uint8Array {
  const answer = (value: boolean | null) =>
    value === null ? (draw.chance(0.7) ? 'Prefer not to say' : '') : value ? draw.weighted(FREQUENCIES) : 'Never';
  const header = ['Response ID', 'Start time', 'Completion time', SURVEY_QUESTIONS.service, SURVEY_QUESTIONS.public,
    SURVEY_QUESTIONS.colleagues, SURVEY_QUESTIONS.managers, SURVEY_QUESTIONS.ethnicity];
  const surveyDay = dayOf(PARAMETERS.surveyDate);
  const rows = records.survey.map((r, i) => {
    const day = isoOf(surveyDay + draw.integer(0, 20));
    const minutes = draw.integer(8 * 60, 17 * 60);
    const time = (m: number) => `${ddmmyyyy(day)} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    return [1001 + i, time(minutes), time(minutes + draw.integer(4, 15)), SERVICE_AREA[r.service], answer(r.harassmentFromPublic),
      answer(r.harassmentFromColleagues), answer(r.harassmentFromManagers), r.ethnicity];
  });
  return utf8(delimited([header, ...rows], ',', '\r\n'));
}

/**
 * The raw exports of the council whose records are given.
 *
 * @param records - the generator's records (`generateCouncil(seed).records`)
 * @param seed - the council's seed; the details only the raw exports hold are drawn from it
 * @returns the files' bytes by name
 * @example
 * Object.keys(rawExports(generateCouncil().records, DEFAULT_SEED));
 * // ['staff.xlsx', 'applications.csv', 'casework.csv', 'ftp-referrals.csv', 'lms.txt', 'survey.csv']
 */
export function rawExports(records: CouncilRecords, seed: number): RawExportFiles {
  const draw = new Draw(mulberry32((seed ^ 0x52415721) >>> 0));
  const regNo = registrations(draw, records.staff);
  return {
    'staff.xlsx': staffWorkbook(draw, records, regNo),
    'applications.csv': applicationsCsv(draw, records),
    'casework.csv': caseworkCsv(draw, records),
    'ftp-referrals.csv': referralsCsv(draw, records, regNo),
    'lms.txt': lmsText(draw, records),
    'survey.csv': surveyCsv(draw, records),
  };
}
