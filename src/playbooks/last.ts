import type { Playbook } from './types.ts';

/** LAST: Listen, Apologise, Solve, Thank. */
export const lastPlaybook: Playbook = {
  id: 'last',
  name: 'LAST',
  steps: [
    {
      id: 'listen',
      kind: 'listen',
      title: 'Listen',
      goal: 'Hear the whole complaint before saying anything about it.',
      why: 'Customers calm down when they can say everything they came to say.',
      dos: ['Invite the full story', 'Note their key points'],
      donts: ['Interrupt', 'Defend or correct'],
    },
    {
      id: 'apologise',
      kind: 'apologize',
      title: 'Apologise',
      goal: 'Apologise for their experience, sincerely and without conditions.',
      why: 'An unconditional apology shows respect and defuses anger.',
      dos: ['Apologise for the experience', 'Use their word for it'],
      donts: ['"Sorry, but…"', 'Apologise for how they "feel"'],
    },
    {
      id: 'solve',
      kind: 'resolve',
      title: 'Solve',
      goal: 'Fix the problem or offer a fair remedy, and say when it will happen.',
      why: 'A quick, fair fix is what they will remember.',
      dos: ['Offer a concrete remedy', 'Give a time for it'],
      donts: ['Quote policy as the answer', 'Promise what you cannot deliver'],
    },
    {
      id: 'thank',
      kind: 'follow_up',
      title: 'Thank',
      goal: 'Thank them for raising it and for their loyalty, and check that they are happy.',
      why: 'A complaint is a chance to keep a customer; thanking them says you know it.',
      dos: ['Thank them for telling you', 'Check back after the fix'],
      donts: ['Thank them in a scripted way', 'Close the ticket without checking'],
    },
  ],
};
