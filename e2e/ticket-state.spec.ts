/** What the agent records about a ticket: steps marked by hand, a note, the agreed remedy. */
import { test, expect } from './support/extension.ts';
import { DemoHelpdesk } from './support/demo-page.ts';
import { SidePanel, tabIdOf } from './support/panel-page.ts';

test('a step marked by hand moves the plan on, and marks, note and remedy are still there next time', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(104);
  const tabId = await tabIdOf(worker, demo.page.url());
  let panel = await SidePanel.open(context, worker, extensionId, tabId);
  await expect(panel.currentStep()).toHaveAttribute('data-step', 'listen');

  // The agent listened and apologised on the phone: marks both by hand.
  await panel.page.locator('[data-step-id="listen"] [data-testid="step-toggle"]').click();
  await panel.page.locator('[data-step-id="apologize"] [data-testid="step-toggle"]').click();
  await expect(panel.currentStep()).toHaveAttribute('data-step', 'ask');
  await expect(panel.page.locator('[data-step-id="acknowledge"]')).toHaveAttribute('data-mark', 'skipped');
  await expect(panel.phrases().first()).toHaveAttribute('data-step', 'ask');

  await panel.page.getByText('Notes and agreed remedy').click();
  await panel.page.getByTestId('ticket-remedy').fill('Written apology from the courier company and a 20% voucher');
  await panel.page.getByTestId('ticket-note').fill('Called Tomasz at 14:10; he was calm by the end.');
  await panel.page.getByTestId('ticket-note').blur();
  await panel.page.close();

  panel = await SidePanel.open(context, worker, extensionId, tabId);
  await expect(panel.currentStep()).toHaveAttribute('data-step', 'ask');
  await expect(panel.page.getByTestId('ticket-remedy')).toHaveValue('Written apology from the courier company and a 20% voucher');
  await expect(panel.page.getByTestId('ticket-note')).toHaveValue('Called Tomasz at 14:10; he was calm by the end.');

  // A mark can be taken back: apologising was not really done.
  await panel.page.locator('[data-step-id="apologize"] [data-testid="step-toggle"]').click();
  await expect(panel.currentStep()).toHaveAttribute('data-step', 'acknowledge');
});

test('the agent can overrule the heat reading for a ticket, keep it next time, and give it back', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(104);
  const tabId = await tabIdOf(worker, demo.page.url());
  let panel = await SidePanel.open(context, worker, extensionId, tabId);
  const heat = panel.page.getByTestId('heat');
  await expect(heat).toHaveAttribute('data-level', /[0-3]/);
  const read = await heat.getAttribute('data-level');
  const other = read === '3' ? '0' : '3';

  await panel.page.getByTestId('heat-adjust').click();
  await panel.page.locator(`[data-testid="heat-choice"][data-level="${other}"]`).click();
  await expect(heat).toHaveAttribute('data-level', other);
  await expect(panel.page.getByTestId('heat-marked')).toBeVisible();
  await panel.page.close();

  panel = await SidePanel.open(context, worker, extensionId, tabId);
  await expect(panel.page.getByTestId('heat')).toHaveAttribute('data-level', other);
  await panel.page.getByTestId('heat-use-reading').click();
  await expect(panel.page.getByTestId('heat')).toHaveAttribute('data-level', read!);
  await expect(panel.page.getByTestId('heat-marked')).toHaveCount(0);
});
