import type { Playbook } from './types.ts';

/** HEARD: Hear, Empathize, Apologize, Resolve, Diagnose. */
export const heardPlaybook: Playbook = {
  id: 'heard',
  name: 'HEARD',
  steps: [
    {
      id: 'hear',
      kind: 'listen',
      title: 'Hear',
      goal: 'Let the customer tell the whole story without interrupting.',
      why: 'Being heard out is the first thing an upset customer needs.',
      dos: ['Ask them to walk you through it', 'Let them finish'],
      donts: ['Interrupt or correct', 'Start with policy'],
    },
    {
      id: 'empathize',
      kind: 'acknowledge',
      title: 'Empathize',
      goal: 'Show you understand how they feel and why.',
      why: 'Empathy lowers the temperature before any fix is discussed.',
      dos: ['Name the feeling', 'Restate what went wrong for them'],
      donts: ['Follow empathy with "but"', 'Minimize ("it\'s only a small delay")'],
    },
    {
      id: 'apologize',
      kind: 'apologize',
      title: 'Apologize',
      goal: 'Apologize sincerely for their experience, whoever was at fault.',
      why: 'A real apology tells them their experience matters.',
      dos: ['Apologize for the experience in plain words'],
      donts: ['"Sorry, but…"', '"I apologize if you feel…"'],
    },
    {
      id: 'resolve',
      kind: 'resolve',
      title: 'Resolve',
      goal: 'Fix the problem quickly, or offer a fair remedy; ask what they would like when unsure.',
      why: 'Empathy without a fix is only half of the recovery.',
      dos: ['Offer a concrete remedy', 'Act on it at once'],
      donts: ['Hide behind policy', 'Leave the next step vague'],
    },
    {
      id: 'diagnose',
      kind: 'act',
      title: 'Diagnose',
      goal: 'Find out why it went wrong and tell the customer what you are changing so it does not happen again.',
      why: 'Fixing the cause, not only the case, keeps the next customer from the same trouble.',
      dos: ['Look for the root cause without blame', 'Tell them what you have changed'],
      donts: ['Blame a colleague or the customer', 'Treat it as a one-off by default'],
    },
  ],
};
