import type { Playbook } from './types.ts';

/** LEARN: Listen, Empathise, Apologise, Resolve, Notify. */
export const learnPlaybook: Playbook = {
  id: 'learn',
  name: 'LEARN',
  steps: [
    {
      id: 'listen',
      kind: 'listen',
      title: 'Listen',
      goal: 'Let the customer say everything before you respond.',
      why: 'Anger fades faster when it has been heard in full.',
      dos: ['Invite the whole story', 'Take notes'],
      donts: ['Interrupt', 'Defend'],
    },
    {
      id: 'empathise',
      kind: 'acknowledge',
      title: 'Empathise',
      goal: 'Show you understand the impact on them.',
      why: 'Understanding the impact is what makes the apology believable.',
      dos: ['Name the impact and the feeling'],
      donts: ['Minimize the problem'],
    },
    {
      id: 'apologise',
      kind: 'apologize',
      title: 'Apologise',
      goal: 'Apologise sincerely for their experience.',
      why: 'A sincere apology restores respect.',
      dos: ['Apologise for the experience'],
      donts: ['Add conditions or excuses'],
    },
    {
      id: 'resolve',
      kind: 'resolve',
      title: 'Resolve',
      goal: 'Offer and deliver a fair remedy.',
      why: 'The remedy is what the customer takes away.',
      dos: ['Offer a concrete remedy', 'Deliver it quickly'],
      donts: ['Hide behind policy'],
    },
    {
      id: 'notify',
      kind: 'act',
      title: 'Notify',
      goal: 'Tell the customer what was done and when, and pass the lesson on to the team.',
      why: 'Keeping them informed ends the uncertainty, and telling the team prevents a repeat.',
      dos: ['Confirm what you did and what happens next', 'Record the cause for the team'],
      donts: ['Go quiet after the fix'],
    },
  ],
};
