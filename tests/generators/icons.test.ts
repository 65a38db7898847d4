/** lib/generators/icons.ts: the favicon's ICO container around the drawn PNGs. */
import { describe, expect, it } from 'vitest';
import { ICON_SVG, ico } from '../../lib/generators/icons';
import { site } from '../../lib/settings';

describe('the icons', () => {
  it('packs PNGs into an ICO: header, one directory entry each, then the images in order', () => {
    const a = Buffer.from('png-a');
    const b = Buffer.from('png-bb');
    const file = ico([
      { size: 16, data: a },
      { size: 256, data: b },
    ]);
    expect([file.readUInt16LE(0), file.readUInt16LE(2), file.readUInt16LE(4)]).toEqual([0, 1, 2]);
    // Width and height 16; 256 is written as 0.
    expect([file.readUInt8(6), file.readUInt8(7), file.readUInt8(22), file.readUInt8(23)]).toEqual([16, 16, 0, 0]);
    expect([file.readUInt32LE(6 + 8), file.readUInt32LE(6 + 12)]).toEqual([a.length, 38]);
    expect([file.readUInt32LE(22 + 8), file.readUInt32LE(22 + 12)]).toEqual([b.length, 38 + a.length]);
    expect(file.subarray(38).toString()).toBe('png-apng-bb');
  });

  it('names the site in the SVG icon', () => {
    expect(ICON_SVG).toContain(`<title>${site.name}</title>`);
  });
});
