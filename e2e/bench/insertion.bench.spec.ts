/**
 * `npm run bench`: per editor family, the median time from the agent's click on a phrase
 * card in the side panel to the phrase being in the editor's own model. Both ends are
 * stamped on the wall clock (performance.timeOrigin + now) in their own pages: the click
 * in the panel, the first model reading that holds the phrase in the helpdesk page.
 */
import { test, expect, EditorTab, lines } from '../editors/fixtures.ts';
import { FAMILIES } from '../editors/families.ts';
import { record } from '../../scripts/bench/report.ts';

const RUNS = 5;

test.describe.configure({ timeout: 180_000 });

test('insertion latency per editor family, panel click to editor model', async ({ lab }) => {
  for (const family of FAMILIES) {
    const tab = await EditorTab.open(lab, family);
    await tab.panel.page.evaluate(() => {
      document.addEventListener('click', () => ((window as unknown as { clickedAt: number }).clickedAt = performance.timeOrigin + performance.now()), true);
    });
    const card = tab.panel.phrases().first();
    const phrase = lines(await card.locator('.phrase-text').innerText()).join(' ').slice(0, 40);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await tab.reload();
      await tab.clickAfter('writing.');
      // Watch the model from inside the page: on every DOM change and input, and on a timer as a backstop.
      const arrived = tab.page.evaluate(
        (needle) =>
          new Promise<number>((resolve) => {
            const norm = (s: string) => s.replace(/\s+/g, ' ');
            const check = () => {
              if (!norm(window.harness!.text()).includes(needle)) return;
              const at = performance.timeOrigin + performance.now();
              observer.disconnect();
              clearInterval(timer);
              document.removeEventListener('input', check, true);
              resolve(at);
            };
            const observer = new MutationObserver(check);
            observer.observe(document, { subtree: true, childList: true, characterData: true });
            for (const frame of Array.from(document.querySelectorAll('iframe'))) {
              if (frame.contentDocument) observer.observe(frame.contentDocument, { subtree: true, childList: true, characterData: true });
            }
            document.addEventListener('input', check, true);
            const timer = setInterval(check, 1);
          }),
        phrase,
      );
      await card.getByTestId('phrase-insert').click();
      const at = await arrived;
      const clickedAt = await tab.panel.page.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
      times.push(at - clickedAt);
    }
    await tab.close();
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    expect(median).toBeGreaterThan(0);
    record({ group: 'insertion', name: family.page, value: median, unit: 'ms', target: 50 });
  }
});
