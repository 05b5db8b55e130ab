import { readFile } from 'node:fs/promises';
import { readActionPlan, type ActionPlan } from '../render/action-plan.js';
import { parseReportJson } from '../render/json.js';
import type { PublishedReport } from '../model/report.js';

/** A flag's file as text (byte-order mark removed), or why it cannot be read, as a sentence. */
async function readFlagFile(path: string, flag: string): Promise<{ text: string } | { problem: string }> {
  try {
    return { text: (await readFile(path, 'utf8')).replace(/^\uFEFF/, '') };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { problem: `${flag} file "${path}" cannot be read: ${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.` };
  }
}

/**
 * `--actions FILE`: the action plan (YAML or JSON). An unreadable file is a usage problem (returned
 * as text); a plan with problems throws the core's WresInputError, which names the file and key.
 */
export async function readActionsFile(path: string): Promise<ActionPlan | string> {
  const read = await readFlagFile(path, '--actions');
  return 'problem' in read ? read.problem : readActionPlan(read.text, path);
}

/**
 * `--previous FILE`: an earlier year's JSON report (`wres report --format json`). Problems are
 * returned as text naming the flag (`--previous`, or `--current` for `wres compare`).
 */
export async function readPreviousReport(path: string, flag = '--previous'): Promise<PublishedReport | string> {
  const read = await readFlagFile(path, flag);
  if ('problem' in read) return read.problem;
  try {
    const report = parseReportJson(read.text);
    if (typeof report !== 'object' || report === null || !Array.isArray((report as { metrics?: unknown }).metrics) || typeof (report as { period?: unknown }).period !== 'object') {
      return `${flag} file "${path}" is not a report written by "wres report --format json".`;
    }
    return report;
  } catch (error) {
    return `${flag} file "${path}" is not valid JSON: ${(error as Error).message}.`;
  }
}
