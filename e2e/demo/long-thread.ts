/**
 * Builds ticket 105's long back-and-forth. It exists to make the extension cope with a
 * thread of dozens of messages (reading speed, scrolling, "which steps are done"), so
 * it is generated rather than written out, but deterministically: the same input always
 * yields the same thread, which keeps saved fixtures and screenshots stable.
 */
import type { DemoMessage } from './tickets.ts';

export interface LongThreadOptions {
  customer: string;
  agents: readonly string[];
  /** ISO time of the first message. */
  start: string;
  /** Number of messages, notes included. */
  count: number;
}

const customerOpeners = ['Hi again,', 'Hello,', 'Morning,', 'Hi,', 'Back again, sorry.', 'Hello once more,'];
// Early turns cycle through the technical back-and-forth…
const customerReports = [
  'The thermostat dropped its weekly schedule overnight and went back to a flat 20 degrees.',
  'I did the factory reset you suggested. It held the schedule for two days and then lost it again.',
  'The app shows the schedule correctly, but the device itself ignores it after a power cut.',
  'Firmware now says 4.2.1. No change: the heating came on at 3 in the morning.',
  'I moved the router closer as you asked. The signal is full strength and it still forgets.',
  'The log you asked for is attached. The gap starts around 02:10 every time.',
  'My partner thinks it happens when the boiler does its weekly self-test, if that helps.',
  'I set the schedule on the device itself this time. Same result by Thursday.',
];
// …and the last turns grow weary, so the thread ends with a tired customer.
const wearyReports = [
  'Still the same. We woke up to a cold house again on Sunday.',
  'I have now spent more time with this thermostat than with my own family this month.',
  'It is getting properly cold at night now and I am back to switching the boiler by hand.',
  'Honestly, I am running out of patience. It is the same problem every single week.',
  'Six weeks on and nothing has changed. I am starting to regret buying this.',
];
const customerAsks = [
  'Is there anything else I can try?',
  'Could you tell me what the engineers found?',
  'Do you need anything more from me?',
  'When can I expect the fix you mentioned?',
  'Would a replacement unit make more sense at this point?',
  'Please let me know the next step.',
  'I would really like this closed before winter properly starts.',
];
// NAME stands for the customer's first name.
const agentOpeners = ['Hi NAME,', 'Hello NAME,', 'Thanks for getting back to us, NAME.', 'Hi NAME, thanks for your patience.'];
const agentSteps = [
  'Could you hold the top button for ten seconds to force a resync with the app?',
  'I have passed your logs to our firmware team and asked them to look at the overnight gap.',
  'Please try disabling "eco learning" in the app settings; it can overwrite a manual schedule.',
  'Our engineers believe a power dip wipes the schedule cache. A fix is planned for the next firmware release.',
  'I have linked your case to a known issue so you get the update as soon as it ships.',
  'As a workaround, setting the schedule from the device itself (not the app) stores it in a second slot.',
  'I checked your account and the device is registered correctly, so we can rule that out.',
  'The firmware team asked whether the boiler self-test matches the times in your log. That was a very useful observation.',
];
const agentClosings = [
  'Let me know how it goes.',
  'I will keep an eye on this case.',
  'Speak soon.',
  'Thanks for bearing with us.',
];
const notes = [
  'Customer has reported this four times now. Escalated to tier 2.',
  'Firmware team confirms: schedule cache is not written to flash before a brown-out.',
  'Offered a replacement once before; customer preferred to wait for the fix.',
  'Check in after 4.3.0 ships. Customer is polite but clearly tired of this.',
  'Linked to bug THERMO-812.',
  'Consider a goodwill credit on the next heating plan renewal.',
];

function pick<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

/** Every seventh slot is an internal note; the rest alternate, customer first. */
function authorAt(index: number, spoken: number): DemoMessage['author'] {
  if (index % 7 === 6) return 'note';
  return spoken % 2 === 0 ? 'customer' : 'agent';
}

export function longThread(options: LongThreadOptions): DemoMessage[] {
  const authors: DemoMessage['author'][] = [];
  for (let i = 0, spokenSoFar = 0; i < options.count; i++) {
    const author = authorAt(i, spokenSoFar);
    if (author !== 'note') spokenSoFar++;
    authors.push(author);
  }
  const firstName = options.customer.split(' ')[0] ?? options.customer;
  const customerTurns = Math.max(1, authors.filter((a) => a === 'customer').length);
  const messages: DemoMessage[] = [];
  let time = Date.parse(options.start);
  let spoken = 0;
  authors.forEach((author, i) => {
    // Uneven gaps (3 to 40 hours) so the timestamps read like a real conversation.
    time += (3 + ((i * 13) % 38)) * 3_600_000;
    const at = new Date(time).toISOString();
    const agent = pick(options.agents, Math.floor(spoken / 6));
    if (author === 'note') {
      messages.push({ author, name: agent, at, text: pick(notes, Math.floor(i / 7)) });
      return;
    }
    const turn = Math.floor(spoken / 2);
    if (author === 'customer') {
      const fromEnd = customerTurns - 1 - turn;
      const report =
        fromEnd < wearyReports.length ? pick(wearyReports, wearyReports.length - 1 - fromEnd) : pick(customerReports, turn);
      const text = [pick(customerOpeners, turn), report, pick(customerAsks, turn * 3), firstName].join('\n\n');
      messages.push({ author, name: options.customer, at, text });
    } else {
      const text = [
        pick(agentOpeners, turn).replace('NAME', firstName),
        pick(agentSteps, turn * 3),
        pick(agentClosings, turn * 3 + 1),
        agent.replace(/ \(.*\)$/, ''),
      ].join('\n\n');
      messages.push({ author, name: agent, at, text });
    }
    spoken++;
  });
  return messages;
}
