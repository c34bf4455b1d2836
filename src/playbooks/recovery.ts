import type { Playbook } from './types.ts';

/**
 * The default seven-step service-recovery playbook (METHOD.md). The other playbooks
 * borrow its step concepts through `kind`, so phrases and reply recognition are
 * written once, here, per concept.
 */
export const recoveryPlaybook: Playbook = {
  id: 'recovery',
  name: 'Seven-step recovery',
  steps: [
    {
      id: 'listen',
      kind: 'listen',
      title: 'Listen',
      goal: 'Let them tell the whole story without interruption, and open neutrally.',
      why: 'An upset customer wants to be heard before being fixed; interrupting adds to the anger.',
      dos: ['Invite them to explain what happened, in their own order', 'Read the whole thread before replying', 'Open neutrally and calmly'],
      donts: ['Correct their facts yet', 'Defend the company or quote policy', 'Jump straight to a fix'],
    },
    {
      id: 'acknowledge',
      kind: 'acknowledge',
      title: 'Acknowledge',
      goal: 'Show you heard: name the feeling, restate their key points in your own words, side with them against the problem.',
      why: 'Hearing their own points back proves you listened, and it turns the two of you against the problem instead of each other.',
      dos: ['Name the feeling ("that sounds exhausting")', 'Restate their main points briefly', 'Stand with them against the problem'],
      donts: ['Follow the acknowledgement with "but"', 'Tell them how they should feel', 'Paste a generic "we value your feedback"'],
    },
    {
      id: 'apologize',
      kind: 'apologize',
      title: 'Apologize',
      goal: 'Apologize sincerely for their experience, ideally in their own word, owning it without blame.',
      why: 'A sincere apology costs nothing, defuses anger, and is sometimes all the customer wanted.',
      dos: ['Apologize for the experience, using their word ("the wait was so frustrating")', 'Say "I" or "we"', 'Keep it unconditional'],
      donts: ['"Sorry, but…"', '"I apologize if you feel…"', 'Blame a colleague, a courier or the customer'],
    },
    {
      id: 'ask',
      kind: 'ask',
      title: "Ask what's fair",
      goal: 'Let them name the remedy, or ask what they would do if they ran the business.',
      why: 'People accept a remedy they chose, and what they ask for is often less than you would have offered.',
      dos: ['Ask what would feel fair or make it right', 'Offer a choice when you have options', 'Listen to the answer fully'],
      donts: ['Dictate the remedy before asking', 'Ask in a way that sounds like a test', 'Promise something you cannot give'],
    },
    {
      id: 'resolve',
      kind: 'resolve',
      title: 'Offer a remedy',
      goal: 'Grant easy requests at once; for hard ones check the facts and come back; when out of reach, explain with empathy and offer a compromise.',
      why: 'A fair remedy delivered generously is what turns an upset customer into a loyal one.',
      dos: ['Name a concrete remedy (refund, replacement, redo, credit, discount)', 'Say "we", not "the company"', 'Offer a compromise when the full request is out of reach'],
      donts: ['Hide behind policy', 'Offer less than they were promised', 'Make the remedy conditional on them admitting fault'],
    },
    {
      id: 'act',
      kind: 'act',
      title: 'Act and inform',
      goal: 'Do it now and tell them each step and when it happens; stay the owner even when others do the work.',
      why: 'Silence after a promise feels like another brush-off; clear next steps rebuild trust.',
      dos: ['Say what you have already done', 'Give dates and times for what comes next', 'Stay their single point of contact'],
      donts: ['Hand them to another team without telling them', 'Promise vague timings ("soon")', 'Ask them to chase you'],
    },
    {
      id: 'follow_up',
      kind: 'follow_up',
      title: 'Follow up',
      goal: 'Contact them a day or two after the fix to confirm they are happy, and thank them for their loyalty.',
      why: 'Checking back shows the care was real, and a recovered customer often ends up more loyal than before.',
      dos: ['Check back a day or two after the fix', 'Thank them for their loyalty', 'Add a small extra when you can'],
      donts: ['Use the follow-up to sell', 'Reopen the argument', 'Skip it because the ticket is closed'],
    },
  ],
};
