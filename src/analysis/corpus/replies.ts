import type { DefaultStepId } from '../../playbooks/types.ts';

/**
 * Agent replies written for this project, labelled by hand with the steps of the
 * default playbook (METHOD.md) each one actually does. A reply that says "sorry"
 * and then defends policy is labelled without `apologize`: the label is what the
 * customer would feel, not which words appear.
 */
export interface LabelledReply {
  text: string;
  steps: DefaultStepId[];
}

export const replies: readonly LabelledReply[] = [
  // ── single steps ──
  { steps: ['listen'], text: 'Hi Maria, thanks for getting in touch. Could you walk me through what happened when you tried to check out?' },
  { steps: ['listen'], text: "I'd like to make sure I get the full picture. Take your time and tell me everything that happened from the start." },
  { steps: ['listen'], text: 'Hello Tom, I want to make sure I understand this properly. Can you tell me a bit more about what went wrong with the booking?' },
  { steps: ['acknowledge'], text: "That sounds incredibly frustrating, especially after waiting three weeks for a part you needed for work." },
  { steps: ['acknowledge'], text: 'I can see why you are upset. You paid for express delivery, the parcel sat in a depot for ten days, and nobody told you.' },
  { steps: ['acknowledge'], text: "You're absolutely right, you should never have been charged twice." },
  { steps: ['apologize'], text: "I'm so sorry the wait has been this frustrating." },
  { steps: ['apologize'], text: 'Please accept my sincere apologies for the mix-up with your invitations.' },
  { steps: ['apologize'], text: 'We apologise for the trouble this caused on your daughter\'s birthday.' },
  { steps: ['ask'], text: 'What would feel like a fair way to put this right for you?' },
  { steps: ['ask'], text: 'If you were in my place, what would you do to make this right?' },
  { steps: ['ask'], text: 'How would you like us to handle this: would you prefer we look at a different date, or something else?' },
  { steps: ['resolve'], text: 'We will refund the delivery charge in full.' },
  { steps: ['resolve'], text: "Here's what we can do: a free reprint of the name tags, and half off your next order with us." },
  { steps: ['resolve'], text: 'We would like to send you a replacement chair with the correct fittings, at no cost to you.' },
  { steps: ['resolve', 'act'], text: "I've just issued the refund. You'll see it on your card within 3 to 5 business days." },
  { steps: ['act'], text: 'I have escalated this to our warehouse lead and I will email you by 4pm today with their answer.' },
  { steps: ['act'], text: 'Your replacement has been dispatched this morning. The tracking number is 1Z999AA10123456784 and it should arrive on Thursday.' },
  { steps: ['follow_up'], text: 'Hi Sam, just checking in to see whether the new charger arrived and is working as it should.' },
  { steps: ['follow_up'], text: 'I wanted to follow up on last week: did the refund come through on your side?' },
  { steps: ['follow_up'], text: 'Thank you for sticking with us through this, and for being a customer for six years. We really appreciate it.' },
  // ── combinations ──
  { steps: ['acknowledge', 'apologize'], text: "I can hear how exhausting this has been, and I'm truly sorry we've let you down three times now." },
  { steps: ['acknowledge', 'apologize', 'ask'], text: "Hi Jon, I understand how annoying it is to get the wrong size for a gift. I'm sorry we sent the large. What would work best for you?" },
  {
    steps: ['apologize', 'resolve', 'act'],
    text: "I'm really sorry about the cold pizza. I've refunded your order in full and added free delivery to your next three orders. The refund should show within two days.",
  },
  {
    steps: ['listen', 'acknowledge'],
    text: 'Thank you for writing in. It must have been worrying to see the money leave your account. Could you tell me what the bank statement shows so I can trace it?',
  },
  {
    steps: ['acknowledge', 'apologize', 'resolve', 'act'],
    text: "Hi Amal, a broken slat a week before your due date is the last thing you need, and I'm so sorry. We're sending a new crib today by next-day courier, and I've booked collection of the damaged one for Friday.",
  },
  {
    steps: ['apologize', 'ask'],
    text: 'We owe you an apology, and I want to start there: I am sorry the invitations were printed with the wrong date. What would feel fair to you?',
  },
  {
    steps: ['resolve', 'ask'],
    text: 'We can offer either a full refund or a replacement sent by express post. Which would you prefer?',
  },
  {
    steps: ['acknowledge', 'resolve'],
    text: "You have every right to be annoyed about the renewal price. We can apply a 20% discount to keep you on your current rate for the year.",
  },
  {
    steps: ['act', 'follow_up'],
    text: "I've reset your account and restored the missing projects. I'll check back with you tomorrow to make sure everything is where it should be.",
  },
  {
    steps: ['apologize', 'act'],
    text: "My apologies for the silence last week. I have now spoken to the courier: your parcel is at their Leeds depot and they will deliver it tomorrow before noon.",
  },
  {
    steps: ['acknowledge', 'apologize', 'resolve', 'act', 'follow_up'],
    text: "I understand how upsetting it was to arrive at a table that wasn't ready, and I'm sorry. I've added a $50 credit to your account, which you can use on any visit. I'll check in with you next week to make sure it shows up.",
  },
  {
    steps: ['listen', 'apologize'],
    text: "I'm sorry to hear the driver was rude to your mother. Could you tell me a little more about what happened, and when?",
  },
  {
    steps: ['follow_up'],
    text: 'Good morning Priya, I wanted to make sure the corrected invoice reached your accounts team. Is everything okay now?',
  },
  {
    steps: ['resolve', 'act'],
    text: 'I have approved a full refund of both payments. You will see them back on your card within five working days.',
  },
  // ── not what they look like ──
  { steps: [], text: "I'm sorry, but that's our policy. Refunds are only possible within 14 days." },
  { steps: [], text: 'I apologize if you feel that our response was slow.' },
  { steps: [], text: 'I understand, but there is nothing I can do about the courier.' },
  { steps: [], text: "We're sorry to inform you that the item you ordered is discontinued." },
  { steps: [], text: 'Unfortunately we are unable to offer a refund on personalised items.' },
  { steps: [], text: 'As I said in my previous email, you need to reset your router before we can help.' },
  { steps: [], text: 'Please find attached the "Sorry for the delay" shipment notification email template for the Q3 campaign.' },
  { steps: [], text: 'Thanks for your email. Your ticket number is 48213. A member of the team will be in touch.' },
  { steps: [], text: 'Please calm down. The delay is only two days, which is within our stated delivery window.' },
  { steps: [], text: 'Our records show the parcel was delivered and signed for. You must have missed it.' },
  {
    steps: [],
    text: "You asked for a refund, however as stated in our terms, digital products are non-refundable.",
  },
  {
    steps: ['resolve'],
    text: "We can't refund a personalised item, but what I can do is reprint it free of charge with the corrected spelling.",
  },
  {
    steps: ['acknowledge', 'apologize'],
    text: 'I am sorry. I know this is not the experience you expected from us.',
  },
  {
    steps: ['acknowledge'],
    text: "> I want a refund and an apology.\n> This is ridiculous.\n\nThat's completely fair, and it sounds like this has been a real hassle for you.",
  },
  {
    steps: [],
    text: 'Hello,\n\nThank you for contacting us. We have received your message and will respond within 48 hours.\n\nKind regards,\nThe Support Team',
  },
  {
    steps: ['act'],
    text: "Quick update: I've passed your photos to our quality team and they're reviewing them now. I'll email you by Wednesday with what they find.",
  },
  {
    steps: ['apologize', 'resolve'],
    text: "I'm sorry the engraving was wrong. We'll redo the pen for you, no charge of course.",
  },
  {
    steps: ['listen'],
    text: 'Hi Dana, I have read your message and I want to help. Before I suggest anything, help me understand which of the three orders is affected?',
  },
  {
    steps: ['ask', 'act'],
    text: "I've cancelled the duplicate order. For the remaining one, how would you like us to proceed: keep the original date or move it?",
  },
  {
    steps: ['acknowledge', 'follow_up'],
    text: "No wonder you're fed up after the week you've had with us. Thank you for your loyalty through all of it.",
  },
  {
    steps: ['apologize', 'act'],
    text: "Sorry for the delay in getting back to you. I've now updated the address on your order and it will be dispatched tomorrow.",
  },
  {
    steps: [],
    text: 'Sorry, could you send me your order number? I cannot find it under this email address.',
  },
  {
    steps: ['acknowledge', 'ask'],
    text: "If I understand correctly, the table was booked for 7pm and you weren't seated until 9. What would make this right for you?",
  },
  {
    steps: ['resolve', 'act'],
    text: 'We are sending a replacement lamp with double packaging. It will be delivered on Monday between 8am and 1pm, and you can keep the damaged one.',
  },
  {
    steps: ['follow_up'],
    text: 'Hi Laura, has the new charger arrived? I wanted to make sure it fits this time.',
  },
  {
    steps: ['apologize', 'acknowledge', 'resolve'],
    text: "I'm sorry you were passed around. That should never happen, and it's clear it has been really frustrating. I'll take ownership of your claim from here and fix this for you.",
  },
  {
    steps: ['act'],
    text: 'The technician will visit between 8am and 6pm. Please ensure someone is home.',
  },
  {
    steps: ['acknowledge', 'apologize'],
    text: 'First, I apologise. Waiting two hours for a table you had booked is not okay.',
  },
];
