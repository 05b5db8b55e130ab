/**
 * Markdown and HTML injection (issue 13, item 5): text that comes from data or options (band
 * labels, ethnicity values, the organisation, the terminology, the policy's name, the service)
 * must not open an HTML element, start a Markdown block, end a table cell or become a link.
 */
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeMarkdown, escapeText } from '../../src/render/format.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { computeReport } from '../../src/report/compute-report.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';
const HEADING = 'Band A\n# Injected heading';
const LINK = '[click](https://example.org/phish)';

/** A one-year report whose every data- and option-derived text is hostile. */
function hostileMarkdown(): string {
  const staff = [
    ...Array.from({ length: 12 }, (_, i) => ({
      id: `w${i}`,
      ethnicity: 'White British',
      payBand: i % 2 === 0 ? HEADING : `${SCRIPT} | pipe`,
      service: `adults${SCRIPT}`,
    })),
    ...Array.from({ length: 12 }, (_, i) => ({
      id: `m${i}`,
      ethnicity: i < 11 ? 'Asian or Asian British: Indian' : IMG,
      payBand: i % 2 === 0 ? HEADING : `${SCRIPT} | pipe`,
      service: `adults${SCRIPT}`,
    })),
  ];
  const report = computeReport(
    { organisation: { name: `Council ${SCRIPT}\n## Fake`, code: LINK }, staff },
    {
      period: { start: '2024-04-01', end: '2025-03-31' },
      scope: { service: `adults${SCRIPT}` },
      ethnicity: { terminology: `minority ${IMG}\n- listed ${LINK}` },
      disclosure: { name: `policy ${SCRIPT}\n# Heading`, threshold: 1 },
    },
  );
  return renderMarkdown(report, { title: `Title ${SCRIPT}` });
}

describe('escaping helpers (src/render/format.ts)', () => {
  it('turns &, < and > into entities and flattens every line break and control character', () => {
    expect(escapeText(IMG)).toBe('&lt;img src=x onerror=alert(2)&gt;');
    expect(escapeText('Health & Care')).toBe('Health &amp; Care');
    expect(escapeText('a\r\nb\nc\rd\u2028e\u0000f\u001bg')).toBe('a b c d e f g');
    expect(escapeText(HEADING)).toBe('Band A # Injected heading');
  });
  it('adds quotes for attributes and backslashes for Markdown punctuation', () => {
    expect(escapeAttribute(`a"b'c`)).toBe('a&quot;b&#39;c');
    expect(escapeMarkdown('a|b\\c')).toBe('a\\|b\\\\c');
    expect(escapeMarkdown(LINK)).toBe('\\[click\\](https://example.org/phish)');
    expect(escapeMarkdown('`code`')).toBe('\\`code\\`');
  });
});

describe('renderMarkdown escapes all text from data and options', () => {
  const markdown = hostileMarkdown();
  const lines = markdown.split('\n');

  it('never writes a raw < or > (no script, no img element)', () => {
    expect(markdown).not.toMatch(/<|>/);
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });
  it('starts no heading, list item or block from data: every "#" line is the renderer\'s own', () => {
    const headings = lines.filter((l) => l.startsWith('#'));
    expect(headings.every((l) => /^# Title|^## (Summary|Metric \d|Data completeness|Ethnicity values|Disclosure control)$|^## (Metric \d|Data completeness|Ethnicity values|Disclosure control)/.test(l))).toBe(true);
    expect(lines.some((l) => /^(#+ )?(Injected heading|Fake|Heading)/.test(l))).toBe(false);
    expect(lines.some((l) => l.startsWith('- listed'))).toBe(false);
  });
  it('keeps every table row at its column count (no pipe from data ends a cell)', () => {
    const unescapedPipes = (l: string) => l.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
    let header = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        header = 0;
        continue;
      }
      if (header === 0) header = unescapedPipes(line);
      expect(unescapedPipes(line), line).toBe(header);
    }
  });
  it('makes no link or image from data', () => {
    expect(markdown).not.toMatch(/(?<!\\)\[click(?<!\\)\]\(/);
    expect(markdown).toContain('\\[click\\](https://example.org/phish)');
  });
  it('still shows the values themselves: the band, the value, the organisation, the policy and the service', () => {
    expect(markdown).toContain('Band A # Injected heading');
    expect(markdown).toContain('"&lt;img src=x onerror=alert(2)&gt;"');
    expect(markdown).toContain('Council &lt;script&gt;');
    expect(markdown).toContain('**policy &lt;script&gt;alert(1)&lt;/script&gt; # Heading**');
    expect(markdown).toContain('| Service | adults&lt;script&gt;alert(1)&lt;/script&gt; |');
  });
});
