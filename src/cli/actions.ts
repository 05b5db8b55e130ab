import { readFile } from 'node:fs/promises';
import { readActionPlan, type ActionPlan } from '../render/action-plan.js';
import { parseReportJson } from '../render/json.js';
import type { PublishedReport } from '../model/report.js';

/**
 * `--actions FILE`: the action plan (YAML or JSON). An unreadable file is a usage problem (returned
 * as text); a plan with problems throws the core's WresInputError, which names the file and key.
 */
export async function readActionsFile(path: string): Promise<ActionPlan | string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    return `--actions file "${path}" cannot be read: ${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`;
  }
  return readActionPlan(text.replace(/^\uFEFF/, ''), path);
}

/**
 * `--previous FILE`: an earlier year's JSON report (`wres report --format json`). Problems are
 * returned as text naming the flag (`--previous`, or `--current` for `wres compare`).
 */
export async function readPreviousReport(path: string, flag = '--previous'): Promise<PublishedReport | string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    return `${flag} file "${path}" cannot be read: ${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`;
  }
  try {
    const report = parseReportJson(text.replace(/^\uFEFF/, ''));
    if (typeof report !== 'object' || report === null || !Array.isArray((report as { metrics?: unknown }).metrics) || typeof (report as { period?: unknown }).period !== 'object') {
      return `${flag} file "${path}" is not a report written by "wres report --format json".`;
    }
    return report;
  } catch (error) {
    return `${flag} file "${path}" is not valid JSON: ${(error as Error).message}.`;
  }
}
