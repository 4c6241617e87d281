/**
 * Forest plots as Cochrane reviews, RevMan and metafor draw them: one row per estimate, a square at the estimate sized
 * by the number of patients, a line for its 95% confidence interval, a log scale for ratios with the null line at 1.
 * This module only places things, as fractions of the plot's width, so the page can draw the plot at any width with
 * its labels as HTML beside it (readable on a phone); it never measures text.
 */

export interface ForestInput {
  /** Stable id of the row (an evidence item or a trial). */
  id: string;
  estimate: number;
  low?: number;
  high?: number;
  /** Patients, for the square's size; undefined draws the smallest square. */
  n?: number;
  /** Rows sharing a group are drawn under one heading, in input order of first appearance. */
  group?: string;
}

interface ForestRow<T extends ForestInput> {
  input: T;
  /** Row index in the drawing, counting group headings. */
  index: number;
  /** Horizontal positions as fractions (0–1) of the plot width. */
  at: number;
  low?: number;
  high?: number;
  /** The interval runs past the axis on that side: drawn to the edge with an arrow. */
  clippedLow: boolean;
  clippedHigh: boolean;
  /** Side of the square in px. */
  size: number;
}

interface ForestHeading {
  group: string;
  index: number;
}

interface ForestTick {
  value: number;
  at: number;
  label: string;
}

export interface ForestLayout<T extends ForestInput> {
  rows: ForestRow<T>[];
  headings: ForestHeading[];
  /** Row slots in all, headings included. */
  slots: number;
  ticks: ForestTick[];
  /** Where the null line goes (1 for ratios, 0 for differences). */
  nullAt: number;
  log: boolean;
}

const MIN_SQUARE = 7;
const MAX_SQUARE = 17;
/** Where a ratio axis may end above 1 (its lower end is the reciprocal). */
const NICE_ENDS = [2, 4, 5, 10, 20];

/** The axis's ends: every estimate and interval inside, the null value too, on a log scale for ratios. */
function domain(inputs: ForestInput[], log: boolean): [number, number] {
  const values = inputs.flatMap((row) => [row.estimate, row.low ?? row.estimate, row.high ?? row.estimate]);
  if (log) {
    // Symmetric about the null on the log scale, so both "favours" sides have room even when every estimate sits on
    // one of them; rounded outwards to a nice ratio so the ticks fall on the ends; at most 1/20 to 20, so one wide
    // interval cannot squash the rest.
    const reach = Math.max(...values.map((value) => Math.max(value, 1 / value)));
    const end = NICE_ENDS.find((tick) => tick >= reach) ?? NICE_ENDS.at(-1)!;
    return [1 / end, end];
  }
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const step = niceStep((hi - lo) / 4);
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

function niceStep(raw: number): number {
  if (raw <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

/** Labelled ticks on a log axis: the ends, and 1-2-5 steps between them. */
const LOG_TICKS = [0.1, 0.2, 0.5, 1, 2, 5, 10];

function ticksFor([lo, hi]: [number, number], log: boolean, position: (v: number) => number): ForestTick[] {
  let values: number[];
  if (log) {
    values = [...new Set([lo, ...LOG_TICKS.filter((t) => t > lo && t < hi), hi])];
  } else {
    const step = niceStep((hi - lo) / 4);
    values = [];
    for (let v = lo; v <= hi + step / 2; v += step) values.push(Number(v.toFixed(6)));
  }
  return values.map((value) => ({ value, at: position(value), label: String(value) }));
}

/** The layout of one forest plot: rows in input order, grouped under headings when their inputs have groups. */
export function layoutForest<T extends ForestInput>(inputs: T[], measure: 'ratio' | 'difference'): ForestLayout<T> {
  const log = measure === 'ratio';
  const [lo, hi] = domain(inputs, log);
  const scale = (v: number) => (log ? Math.log(v) : v);
  const position = (v: number) => (scale(v) - scale(lo)) / (scale(hi) - scale(lo));
  const clamp = (v: number) => Math.min(1, Math.max(0, position(v)));
  const largest = Math.max(1, ...inputs.map((row) => row.n ?? 0));

  const rows: ForestRow<T>[] = [];
  const headings: ForestHeading[] = [];
  let index = 0;
  const groups = [...new Set(inputs.map((row) => row.group))];
  for (const group of groups) {
    if (group !== undefined) headings.push({ group, index: index++ });
    for (const input of inputs.filter((row) => row.group === group)) {
      // Area proportional to patients, as in RevMan: the side grows with the square root.
      const size = input.n ? MIN_SQUARE + (MAX_SQUARE - MIN_SQUARE) * Math.sqrt(input.n / largest) : MIN_SQUARE;
      rows.push({
        input,
        index: index++,
        at: clamp(input.estimate),
        low: input.low === undefined ? undefined : clamp(input.low),
        high: input.high === undefined ? undefined : clamp(input.high),
        clippedLow: input.low !== undefined && input.low < lo,
        clippedHigh: input.high !== undefined && input.high > hi,
        size: Math.round(size * 10) / 10,
      });
    }
  }
  return { rows, headings, slots: index, ticks: ticksFor([lo, hi], log, position), nullAt: position(log ? 1 : 0), log };
}

/** "51.2%": an SVG coordinate as a percentage of the plot's width. */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(3).replace(/\.?0+$/, '')}%`;
}
