import type { Locator } from '@playwright/test';

/** What the geometry check found on one forest plot (`svg[data-forest]`), in screen pixels. */
export interface ForestGeometry {
  /** Anything off: a tick off the log scale, the null line off 1, a square off its estimate or outside its CI line. */
  problems: string[];
  ticks: number;
  rows: number;
  width: number;
  right: number;
}

/**
 * Reads a drawn forest plot back from the screen: the axis's labelled ticks give the scale (the first and last fix
 * it, every other must sit on the logarithmic scale they define), then the null line must sit at 1, and each row's
 * square at its data-estimate, inside its CI line, which must run from data-low to data-high (clipped to the axis).
 */
export function forestGeometry(plot: Locator): Promise<ForestGeometry> {
  return plot.evaluate((svg) => {
    const TOLERANCE = 1;
    const problems: string[] = [];
    const rect = (el: Element) => el.getBoundingClientRect();
    const mid = (el: Element) => ({ x: rect(el).left + rect(el).width / 2, y: rect(el).top + rect(el).height / 2 });
    const ticks = [...svg.querySelectorAll('.forest-axis > g')]
      .map((g) => ({ value: Number(g.querySelector('text')!.textContent), x: mid(g.querySelector('line')!).x }))
      .sort((a, b) => a.value - b.value);
    const [first, last] = [ticks[0], ticks[ticks.length - 1]];
    const at = (v: number) => first.x + ((Math.log(v) - Math.log(first.value)) / (Math.log(last.value) - Math.log(first.value))) * (last.x - first.x);
    const clamp = (x: number) => Math.min(last.x, Math.max(first.x, x));
    const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE;
    for (const tick of ticks)
      if (!near(tick.x, at(tick.value))) problems.push(`tick ${tick.value} at ${tick.x.toFixed(1)}, the log scale puts it at ${at(tick.value).toFixed(1)}`);
    const nullLine = svg.querySelector('[data-forest-null]');
    if (!nullLine) problems.push('no null line');
    else if (!near(mid(nullLine).x, at(1))) problems.push(`null line at ${mid(nullLine).x.toFixed(1)}, 1 is at ${at(1).toFixed(1)}`);
    const rows = [...svg.querySelectorAll<SVGGElement>('[data-forest-row]')];
    for (const row of rows) {
      const id = row.dataset.id;
      const estimate = Number(row.dataset.estimate);
      const low = row.dataset.low === undefined ? undefined : Number(row.dataset.low);
      const high = row.dataset.high === undefined ? undefined : Number(row.dataset.high);
      const point = row.querySelector('[data-forest-point]');
      if (!point) {
        problems.push(`${id}: no square`);
        continue;
      }
      const square = mid(point);
      const size = rect(point);
      if (!near(square.x, clamp(at(estimate))))
        problems.push(`${id}: square at ${square.x.toFixed(1)}, its estimate ${estimate} is at ${clamp(at(estimate)).toFixed(1)}`);
      if (size.width < 6.5 || Math.abs(size.width - size.height) > 0.5) problems.push(`${id}: square ${size.width.toFixed(1)} × ${size.height.toFixed(1)}`);
      const ci = row.querySelector('[data-forest-ci]');
      if (low === undefined || high === undefined) {
        if (ci) problems.push(`${id}: a CI line without limits`);
        continue;
      }
      if (!ci) {
        problems.push(`${id}: no CI line for ${low}–${high}`);
        continue;
      }
      const line = rect(ci);
      if (!near(line.left, clamp(at(low))) || !near(line.right, clamp(at(high)))) {
        problems.push(
          `${id}: CI line ${line.left.toFixed(1)}–${line.right.toFixed(1)}, ${low}–${high} is ${clamp(at(low)).toFixed(1)}–${clamp(at(high)).toFixed(1)}`,
        );
      }
      if (square.x < line.left - 0.5 || square.x > line.right + 0.5) problems.push(`${id}: square outside its CI line`);
      if (Math.abs(mid(ci).y - square.y) > TOLERANCE) problems.push(`${id}: square off its CI line vertically`);
    }
    const box = rect(svg);
    return { problems, ticks: ticks.length, rows: rows.length, width: box.width, right: box.right };
  });
}
