import type { Playbook } from './types.ts';

/** LEAP: Listen, Empathise, Apologise, Problem-solve. */
export const leapPlaybook: Playbook = {
  id: 'leap',
  name: 'LEAP',
  steps: [
    {
      id: 'listen',
      kind: 'listen',
      title: 'Listen',
      goal: 'Let them explain fully, and show you are paying attention.',
      why: 'Listening first stops the conversation from becoming an argument.',
      dos: ['Ask open questions', 'Let them finish'],
      donts: ['Interrupt', 'Assume you know the problem'],
    },
    {
      id: 'empathise',
      kind: 'acknowledge',
      title: 'Empathise',
      goal: 'Put yourself in their place and say how it must feel.',
      why: 'Feeling understood takes the heat out of a complaint.',
      dos: ['Name the feeling', 'Restate their situation'],
      donts: ['Tell them to calm down', 'Follow empathy with "but"'],
    },
    {
      id: 'apologise',
      kind: 'apologize',
      title: 'Apologise',
      goal: 'Apologise for their experience without excuses.',
      why: 'An apology without excuses shows you take it seriously.',
      dos: ['Apologise plainly'],
      donts: ['Make excuses', '"Sorry, but…"'],
    },
    {
      id: 'problem_solve',
      kind: 'resolve',
      title: 'Problem-solve',
      goal: 'Work out a fix with them and carry it through.',
      why: 'Solving it together gives them a remedy they accept.',
      dos: ['Offer options', 'Agree on the next step and its timing'],
      donts: ['Impose a fix', 'Leave it open-ended'],
    },
  ],
};
