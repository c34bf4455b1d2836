/** Issue 11: is the customer cooling down? The panel charts the heat of each customer message. */
import { test, expect } from './support/extension.ts';
import { DemoHelpdesk } from './support/demo-page.ts';
import { SidePanel, tabIdOf } from './support/panel-page.ts';

test('the panel charts each customer message’s heat and follows a calmer reply', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(102);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  const trail = panel.page.getByTestId('heat-trail');

  // Three customer messages, the last one the hottest: the trend reads "heating up".
  await expect(trail).toBeVisible();
  await expect(trail).toHaveAttribute('data-levels', /^\d,\d,3$/);
  await expect(trail).toHaveAttribute('data-trend', 'heating');
  await expect(trail.locator('circle')).toHaveCount(3);
  await expect(trail).toContainText('Heating up');
  // Screen readers hear every level in order, not just the picture.
  await expect(trail).toContainText(/last 3 messages, oldest first: \w+, \w+, Furious\./);

  await demo.page.evaluate(() => window.demo.receive('Thank you, the tracking number came through and the blender is on its way. Much appreciated.'));
  await expect(trail).toHaveAttribute('data-levels', /^\d,\d,3,0$/);
  await expect(trail).toHaveAttribute('data-trend', 'cooling');
  await expect(trail).toContainText('Cooling down');
});

test('a ticket with one customer message shows no trail until the customer writes again', async ({ context, worker, extensionId, demoServer }) => {
  // Ticket 104: one customer message and an internal note.
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(104);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await expect(panel.heat()).toBeVisible();
  await expect(panel.page.getByTestId('heat-trail')).toHaveCount(0);
  await demo.page.evaluate(() => window.demo.receive('Any news on this? I still have not heard back and it has been two weeks.'));
  await expect(panel.page.getByTestId('heat-trail')).toHaveAttribute('data-levels', /^\d,\d$/);
});
