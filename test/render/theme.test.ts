import { describe, expect, it } from 'vitest';
import { loadColour, makeTheme, tone, unicodeTheme } from '../../src/render/theme.js';

// One file, one module instance: the first test runs before chalk is loaded.
describe('theme', () => {
  it('plain output never loads chalk: its styles give the text back unchanged', () => {
    const plain = makeTheme(false);
    for (const style of [plain.c.bold, plain.c.dim, plain.c.green, plain.c.red, plain.c.red.bold, plain.c.yellow]) expect(style('a\u001b[31mb')).toBe('a\u001b[31mb');
    expect(plain.sym.up).toBe('^');
    expect(() => makeTheme(true)).toThrow(/before loadColour/);
  });

  it('Unicode without colour needs no chalk either', () => {
    const theme = unicodeTheme(60);
    expect([theme.color, theme.unicode, theme.width, theme.sym.up, tone(theme, 'worse', 'x')]).toEqual([false, true, 60, '▲', 'x']);
  });

  it('after loadColour a coloured theme uses chalk at 16 colours', async () => {
    await loadColour();
    await loadColour(); // twice is harmless
    const theme = makeTheme(true, 100);
    expect([theme.color, theme.unicode, theme.width]).toEqual([true, true, 100]);
    expect(tone(theme, 'better', 'up')).toBe('\u001b[32mup\u001b[39m');
    expect(theme.c.red.bold('x')).toBe('\u001b[31m\u001b[1mx\u001b[22m\u001b[39m');
    expect(theme.c.dim('x')).toBe('\u001b[2mx\u001b[22m');
  });
});
