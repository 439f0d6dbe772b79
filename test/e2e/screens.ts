import { PNG } from 'pngjs';

/**
 * Screenshots compared the way a person would: shrunk to blocks of mean colour, so a font that renders
 * a pixel wider on another machine moves a few blocks a little, while a missing chart changes the
 * page's height and a page gone dark or a recoloured chart changes many blocks a lot.
 */
export const BLOCK = 4;

/** The image shrunk by BLOCK in each direction, each block the mean colour of its pixels. */
export function shrink(png: PNG): PNG {
  const w = Math.floor(png.width / BLOCK), h = Math.floor(png.height / BLOCK);
  const out = new PNG({ width: w, height: h });
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const sum = [0, 0, 0];
      for (let dy = 0; dy < BLOCK; dy++) {
        for (let dx = 0; dx < BLOCK; dx++) {
          const i = ((y * BLOCK + dy) * png.width + (x * BLOCK + dx)) * 4;
          for (let c = 0; c < 3; c++) sum[c]! += png.data[i + c]!;
        }
      }
      const o = (y * w + x) * 4;
      for (let c = 0; c < 3; c++) out.data[o + c] = Math.round(sum[c]! / (BLOCK * BLOCK));
      out.data[o + 3] = 255;
    }
  }
  return out;
}

export interface Difference {
  /** Heights compared: the shorter over the taller. */
  heightRatio: number;
  /** Mean over blocks of the largest difference in one colour channel, 0–255. */
  meanDiff: number;
  /** Share of blocks with a channel that differs by more than 64. */
  badShare: number;
}

/** Two shrunk images of the same width, compared over the height they share. */
export function difference(a: PNG, b: PNG): Difference {
  if (a.width !== b.width) return { heightRatio: 0, meanDiff: 255, badShare: 1 };
  const h = Math.min(a.height, b.height);
  let total = 0, bad = 0;
  for (let i = 0; i < a.width * h; i++) {
    const o = i * 4;
    const d = Math.max(Math.abs(a.data[o]! - b.data[o]!), Math.abs(a.data[o + 1]! - b.data[o + 1]!), Math.abs(a.data[o + 2]! - b.data[o + 2]!));
    total += d;
    if (d > 64) bad++;
  }
  const n = a.width * h;
  return { heightRatio: h / Math.max(a.height, b.height), meanDiff: total / n, badShare: bad / n };
}

/** Not blank: many shades, and a fair share of the page differs from its background. */
export function inkShare(png: PNG): { shades: number; ink: number } {
  const bg = png.data.readUInt32BE(0);
  const shades = new Set<number>();
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const px = png.data.readUInt32BE(i);
    if (shades.size < 1000) shades.add(px);
    if (px !== bg) ink++;
  }
  return { shades: shades.size, ink: ink / (png.data.length / 4) };
}
