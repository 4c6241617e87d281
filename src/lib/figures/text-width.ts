/**
 * Text widths for laying out the diagram at build time, when no browser is there to measure. The advance widths are
 * DejaVu Sans (regular and bold), in thousandths of an em: the widest of the common system sans-serif faces, so a label
 * sized with them fits its box in narrower faces too (Helvetica, Segoe UI, Roboto). Measured from the font files with
 * FreeType; characters outside the table count as a wide letter.
 */

const CHARS = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~αβ–±→↔×';
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838,
  531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390,
  838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337,
  636, 838, 659, 638, 500, 838, 838, 838, 838,
];
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838,
  580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457,
  838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365,
  712, 838, 687, 716, 500, 838, 838, 838, 838,
];
const WIDE = 0.8;

const index = new Map([...CHARS].map((char, i) => [char, i]));

export function textWidth(text: string, fontSize: number, weight: 'regular' | 'bold' = 'regular'): number {
  const widths = weight === 'bold' ? BOLD : REGULAR;
  let ems = 0;
  for (const char of text) {
    const i = index.get(char);
    ems += i === undefined ? WIDE : widths[i] / 1000;
  }
  return ems * fontSize;
}
