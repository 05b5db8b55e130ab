/**
 * A starter profile as the YAML file `wres init` writes: the profile, with the values seen and
 * their counts beside each mapping, and the notes as comments where the analyst must look
 * ("DECIDE:" where they must choose).
 *
 * @module
 */
import { Document, isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { InferredProfile } from './infer.js';

const HEADER = [
  ' SC-WRES import profile: how this council\'s exports become the SC-WRES dataset.',
  ' Written by `wres init` from the files below: check every line marked DECIDE, then run',
  '   wres check --profile <this file>     (the data-quality summary)',
  '   wres report --profile <this file>    (the report)',
  ' The keys are described in docs/profiles.md; `wres schema --profile` gives their JSON Schema.',
].join('\n');

function wrap(text: string, width = 96): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => ` ${l}`).join('\n');
}

/** The pair at a path, or the deepest pair on the way when the path goes further than the document. */
function pairAt(document: Document, path: string[]): Pair | undefined {
  let node: unknown = document.contents;
  let found: Pair | undefined;
  for (const key of path) {
    if (!isMap(node)) break;
    const pair = (node as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair === undefined) break;
    found = pair;
    node = pair.value;
  }
  return found;
}

function addBefore(pair: Pair, text: string): void {
  const key = pair.key as Node;
  key.commentBefore = key.commentBefore === undefined || key.commentBefore === null ? text : `${key.commentBefore}\n${text}`;
}

/**
 * Renders a starter profile as commented YAML: the values seen (with counts) beside each mapping,
 * each note as a comment at the key it is about, "DECIDE:" where the analyst must choose.
 *
 * @param inferred What {@link inferProfile} returned.
 * @returns The YAML text.
 * @example
 * const staff = rawTable('staff.csv', ['Employee Number', 'Ethnic Origin', 'Contract Type'], [['1042', 'White British', 'Permanent']]);
 * profileToYaml(inferProfile({ staff })).includes('employment:\n        direct: [Permanent] # Permanent (1)'); // true
 */
export function profileToYaml(inferred: InferredProfile): string {
  const document = new Document(inferred.profile);
  const top: string[] = [HEADER];
  for (const note of inferred.notes) {
    const text = wrap(`${note.decide ? 'DECIDE: ' : ''}${note.message}`);
    const pair = note.path.length === 0 ? undefined : pairAt(document, note.path);
    if (pair === undefined) top.push(text);
    else addBefore(pair, text);
  }
  document.commentBefore = top.join('\n\n');

  // Beside each mapping's list: the raw values listed, with how many rows hold each.
  for (const [source, fields] of Object.entries(inferred.values)) {
    for (const [field, seen] of Object.entries(fields ?? {})) {
      const counts = new Map(seen.map((v) => [v.value, v.count]));
      const mapping = document.getIn(['sources', source, 'values', field], true);
      if (!isMap(mapping)) continue;
      for (const item of mapping.items) {
        if (!isPair(item) || !isSeq(item.value)) continue;
        const listed = item.value.items.map((n) => (isScalar(n) ? String(n.value) : ''));
        item.value.comment = ` ${listed.map((v) => `${v} (${(counts.get(v) ?? 0).toLocaleString('en-GB')})`).join(', ')}`;
      }
    }
  }
  // Lists of values and rules on one line each.
  const flow = (node: unknown): void => {
    if (isSeq(node)) {
      if (node.items.every((n) => isScalar(n))) node.flow = true;
      node.items.forEach(flow);
    } else if (isMap(node)) {
      const keys = node.items.map((p) => (isScalar(p.key) ? p.key.value : undefined));
      if (keys.includes('column')) node.flow = true;
      node.items.forEach((p) => flow(p.value));
    }
  };
  flow(document.contents);
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
