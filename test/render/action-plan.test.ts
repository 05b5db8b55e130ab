/**
 * The action plan (`--actions`, SPEC 13): read from YAML or JSON, checked key by key, and placed
 * under each metric's figures in Markdown and HTML, with the foreword first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseActionPlan, readActionPlan, renderHtml, renderMarkdown, WresInputError } from '../../src/index.js';
import { councilReport } from './fixtures.js';

describe('action plans', () => {
  it('reads the example council\'s plan: a foreword and all nine metrics', () => {
    const plan = readActionPlan(readFileSync(join(import.meta.dirname, '../../examples/council/actions.yaml'), 'utf8'), 'actions.yaml');
    expect(plan.foreword).toMatch(/^This is our third year/);
    expect(Object.keys(plan.metrics)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(plan.metrics['2']).toMatchObject({ lead: 'Head of Recruitment', due: 'March 2026' });
  });

  it('reads JSON the same way, and reports every problem with its key path and the file', () => {
    expect(readActionPlan('{"3": {"achieved": ["A"], "workingTowards": ["B"]}}').metrics['3']).toEqual({ achieved: ['A'], workingTowards: ['B'] });
    let error: unknown;
    try {
      parseActionPlan({ '2': { achieved: 'one thing', leed: 'x' }, '10': {} }, 'plan.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WresInputError);
    const message = (error as Error).message;
    expect(message).toContain('plan.yaml, field "2.achieved"');
    expect(message).toContain('must be a list of text items');
    expect(message).toContain('field "2.leed" is not a known key');
    expect(message).toContain('field "10" is not a known key');
  });

  it('places each metric\'s actions under its figures, in Markdown and HTML, escaped', () => {
    const actions = parseActionPlan({
      foreword: 'Our plan.\n\nSecond paragraph.',
      '3': { achieved: ['Pre-formal <b>review</b>'], workingTowards: ['Training'], lead: 'Head of HR', due: 'March 2026' },
    });
    const md = renderMarkdown(councilReport(), { actions });
    expect(md).toContain('## Foreword\n\nOur plan.\n\nSecond paragraph.');
    const metric3 = md.slice(md.indexOf('## Metric 3'), md.indexOf('## Metric 4'));
    expect(metric3).toContain("### What we've achieved\n\n- Pre-formal &lt;b&gt;review&lt;/b&gt;");
    expect(metric3).toContain("### What we're working towards\n\n- Training");
    expect(metric3).toContain('**Lead:** Head of HR');
    const html = renderHtml(councilReport(), { actions });
    const section = html.slice(html.indexOf('id="metric-3"'), html.indexOf('id="metric-4"'));
    expect(section).toContain('<li>Pre-formal &lt;b&gt;review&lt;/b&gt;</li>');
    expect(section).toContain('<dt>Lead</dt><dd>Head of HR</dd>');
    expect(html).toContain('<h2 id="foreword-h">Foreword</h2><p>Our plan.</p><p>Second paragraph.</p>');
  });
});
