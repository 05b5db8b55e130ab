/**
 * Chart colours from the UK Government Analysis Function's colour-blind-safe palette: a dark blue
 * for the data (contrast 10.4:1 on white), a near-black for reference lines, and a light grey band,
 * so the charts read the same in greyscale. Meaning never rests on colour: every mark is labelled.
 */
export const CHART_COLOURS = {
  /** Analysis Function dark blue. */
  primary: '#12436D',
  /** Reference lines (1, workforce share): near-black. */
  reference: '#3D3D3D',
  /** The 0.80 to 1.25 non-adverse band: light grey. */
  band: '#E2E2E2',
  /** The local population line: Analysis Function orange, dashed differently. */
  secondary: '#B3440F',
} as const;
