/** `npm start` on a machine with no display: screenshots of the ticket and the panel, exit 0. */
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');

test('npm start without a display saves both screenshots and exits 0', async () => {
  test.setTimeout(120_000);
  const out = await mkdtemp(join(tmpdir(), 'olive-demo-output-'));
  const env: NodeJS.ProcessEnv = { ...process.env, OLIVE_DEMO_OUTPUT: out };
  delete env.DISPLAY;
  try {
    // --no-build: the suite runs after `npm run build`; the script's own build step is the same command.
    const { stdout } = await run('node', ['scripts/start.mjs', '--no-build'], { cwd: root, env, timeout: 110_000 });
    const shots = stdout.split('\n').map((l) => l.trim()).filter((l) => l.endsWith('.png'));
    expect(shots).toEqual([join(out, 'ticket.png'), join(out, 'side-panel.png')]);
    for (const shot of shots) {
      const png = await readFile(shot);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(10_000);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
