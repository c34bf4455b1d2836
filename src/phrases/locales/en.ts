/**
 * Built-in English phrases, written for Olive Branch from the method in METHOD.md.
 * Ids are stable (`en.<step>.<slug>`): user favourites and usage counts refer to them.
 * Heat ranges: CALM 0–1, MID 1–2, HOT 2–3, FURIOUS 3 only; none means any heat.
 * Wants tag phrases that offer or speak to one remedy, so ranking can hide a refund
 * offer from someone who asked for a replacement.
 */
import type { HeatLevel, WantId } from '../../analysis/types.ts';
import type { DefaultStepId } from '../../playbooks/types.ts';
import type { Phrase } from '../types.ts';

const CALM: [HeatLevel, HeatLevel] = [0, 1];
const MID: [HeatLevel, HeatLevel] = [1, 2];
const HOT: [HeatLevel, HeatLevel] = [2, 3];
const FURIOUS: [HeatLevel, HeatLevel] = [3, 3];

interface Extra {
  heat?: [HeatLevel, HeatLevel];
  wants?: WantId[];
  title?: string;
}

function phrase(step: DefaultStepId, slug: string, tone: Phrase['tone'], text: string, extra: Extra = {}): Phrase {
  return { id: `en.${step}.${slug}`, step, text, tone, lang: 'en', ...extra };
}

const HI = 'Hi {{customer.first_name|there}},';
const DEAR = 'Dear {{customer.name|customer}},';

export const en: readonly Phrase[] = [
  // --- listen: invite the whole story, no correction, no defence ---------------
  phrase('listen', 'walk-me-through', 'warm', `${HI} thank you for writing in. Could you walk me through what happened, from the start? I want to be sure I understand all of it.`, { title: 'Walk me through it' }),
  phrase('listen', 'own-words', 'warm', `${HI} thanks for getting in touch about {{ticket.subject|your order}}. Tell me what happened in your own words, and include anything you think might help.`, { heat: CALM, title: 'In your own words' }),
  phrase('listen', 'reading-every-word', 'warm', `${HI} I'm here and I'm reading every word. Please tell me everything that went wrong; take as much space as you need.`, { heat: HOT, title: 'Reading every word' }),
  phrase('listen', 'formal-step-by-step', 'formal', `${DEAR} thank you for contacting {{company}}. So that I can help properly, would you describe what happened, step by step?`, { title: 'Describe it step by step' }),
  phrase('listen', 'whole-story-first', 'warm', `Thanks for reaching out, {{customer.first_name|and welcome}}. Before I suggest anything, I'd like to hear the whole story. What happened first?`, { heat: MID, title: 'Whole story first' }),
  phrase('listen', 'good-reason', 'warm', `${HI} you have good reason to be upset, and I want to hear all of it. Tell me everything, and I'll read it through before I reply.`, { heat: FURIOUS, title: 'Good reason to be upset' }),
  phrase('listen', 'formal-full-picture', 'formal', `${DEAR} thank you for telling us about this. I have your message in front of me and would like to understand the full picture. Is there anything else that happened that I should know?`, { heat: HOT, title: 'The full picture' }),
  phrase('listen', 'match-records', 'warm', `You deserve a clear account of what went wrong. First, could you tell me what you saw on your side, so I can match it against our records?`, { wants: ['explanation'], title: 'Match it to our records' }),
  phrase('listen', 'introduce-self', 'warm', `${HI} I'm {{agent.name|here}} and I'll be looking after this for you from now on. What's been going on?`, { heat: CALM, title: "I'm looking after this" }),
  phrase('listen', 'formal-details', 'formal', `Thank you for your message about {{ticket.subject|your request}}. I would like to understand exactly what happened. Could you share the details, including any dates and order numbers?`, { heat: MID, title: 'Dates and order numbers' }),
  phrase('listen', 'no-rush', 'warm', `${HI} there's no rush on my side. Tell me what happened, and anything else that's been bothering you about it, and I'll take it from there.`, { title: 'No rush' }),
  phrase('listen', 'quick-start', 'warm', `${HI} I'd like to get this moving for you quickly. What did you order, and what actually arrived?`, { wants: ['speed'], title: 'Straight to the facts' }),

  // --- acknowledge: name the feeling, restate their points, take their side -----
  phrase('acknowledge', 'sounds-their-word', 'warm', `That sounds really {{their_word|frustrating}}, and I can see why you're upset.`, { title: 'That sounds…' }),
  phrase('acknowledge', 'i-hear-you-restate', 'warm', `I hear you. You ordered {{cursor}}, and what arrived wasn't what you were promised. That isn't okay.`, { title: 'I hear you' }),
  phrase('acknowledge', 'every-right', 'warm', `You have every right to be angry about this. You were let down more than once, and you shouldn't have had to chase us for an answer.`, { heat: HOT, title: 'Every right to be angry' }),
  phrase('acknowledge', 'formal-appreciate', 'formal', `I understand how {{their_word|frustrating}} this has been, and I appreciate you taking the time to explain it so clearly.`, { title: 'Appreciate the explanation' }),
  phrase('acknowledge', 'got-it-right', 'warm', `Thanks for laying that out so clearly. So if I've understood you: {{cursor}}. Have I got that right?`, { heat: CALM, title: 'Check I understood' }),
  phrase('acknowledge', 'anyone-upset', 'warm', `I can see why you're this upset. Waiting this long without a clear answer would wear anyone down.`, { heat: HOT, wants: ['speed'], title: 'Waiting wears anyone down' }),
  phrase('acknowledge', 'formal-right-to-raise', 'formal', `You are right to raise this. From what you describe, {{cursor}}, and that falls short of what you can expect from us.`, { heat: MID, title: 'Right to raise this' }),
  phrase('acknowledge', 'repeat-yourself', 'warm', `You've had to explain this more than once, and that alone is exhausting. I've read the whole thread, so you won't need to repeat yourself again.`, { heat: HOT, title: 'No need to repeat yourself' }),
  phrase('acknowledge', 'i-would-be-too', 'warm', `I can hear how angry you are, and honestly, I would be too. This isn't the experience anyone should have with us.`, { heat: FURIOUS, title: "I'd be angry too" }),
  phrase('acknowledge', 'formal-disappointing', 'formal', `Thank you for letting us know. I understand the item arrived {{cursor}}, and I can see why that is disappointing.`, { heat: CALM, title: 'Understandably disappointing' }),
  phrase('acknowledge', 'straight-apology', 'warm', `It sounds like what matters most is being heard and getting a straight apology, and you'll get both from me.`, { wants: ['apology_only'], title: "You'll get a straight apology" }),
  phrase('acknowledge', 'on-your-side', 'warm', `I'm on your side here. Nobody should have to deal with {{ticket.subject|this}} on top of everything else.`, { heat: MID, title: 'On your side' }),

  // --- apologize: sincere, in their word, no "but" -------------------------------
  phrase('apologize', 'so-their-word', 'warm', `I'm so sorry this has been so {{their_word|frustrating}}.`, { title: "I'm sorry it's been so…" }),
  phrase('apologize', 'let-you-down', 'warm', `I'm truly sorry, {{customer.first_name|}}. You trusted us with this and we let you down.`, { heat: MID, title: 'We let you down' }),
  phrase('apologize', 'no-excuse', 'warm', `I'm sorry. There's no excuse for how this was handled, and I won't offer you one. You deserved better from us.`, { heat: HOT, title: 'No excuse' }),
  phrase('apologize', 'formal-sincere', 'formal', `Please accept my sincere apology for the {{their_word|frustrating}} experience you've had with {{company}}.`, { title: 'Formal apology' }),
  phrase('apologize', 'trouble-caused', 'warm', `I'm sorry for the trouble this caused, and thank you for your patience while we put it right.`, { heat: CALM, title: 'Sorry for the trouble' }),
  phrase('apologize', 'formal-on-behalf', 'formal', `On behalf of {{company}}, I apologize for the time and worry this has cost you.`, { heat: MID, title: 'On behalf of the company' }),
  phrase('apologize', 'you-are-right', 'warm', `You're right, and I'm sorry. This should never have happened, and it's on us to make it right.`, { heat: FURIOUS, title: "You're right, I'm sorry" }),
  phrase('apologize', 'contact-again', 'warm', `I'm sorry you've had to contact us again about this. One message should have been enough.`, { heat: HOT, title: 'Sorry you wrote again' }),
  phrase('apologize', 'proper-apology', 'warm', `Before anything else, I owe you a proper apology: I'm sorry we got this wrong, and I'm sorry you had to be the one to tell us.`, { wants: ['apology_only'], title: 'A proper apology' }),
  phrase('apologize', 'wait-their-word', 'warm', `I'm sorry the wait has been so {{their_word|long}}. Your time matters, and we didn't treat it that way.`, { wants: ['speed'], title: 'Sorry for the wait' }),
  phrase('apologize', 'formal-care', 'formal', `I sincerely apologize. The way this has been handled does not reflect the care you deserve from us.`, { heat: HOT, title: 'Not the care you deserve' }),
  phrase('apologize', 'formal-calm', 'formal', `I apologize for the mix-up with {{ticket.subject|your order}}, and thank you for bringing it to our attention.`, { heat: CALM, title: 'Apology for a mix-up' }),

  // --- ask: let them name what would be fair ------------------------------------
  phrase('ask', 'feel-fair', 'warm', `What would feel fair to you?`, { title: 'What would feel fair?' }),
  phrase('ask', 'works-for-you', 'warm', `I want to make this right in a way that works for you. What would feel fair?`, { heat: MID, title: 'What works for you' }),
  phrase('ask', 'formal-outcome', 'formal', `So that I can put this right, could you tell me what outcome you would consider fair?`, { title: 'Ask for a fair outcome' }),
  phrase('ask', 'in-my-place', 'warm', `If you were in my place, what would you do to put this right?`, { heat: CALM, title: 'If you were in my place' }),
  phrase('ask', 'been-through-enough', 'warm', `You've been through enough already. Tell me what would make this right, and I'll do everything I can to make it happen.`, { heat: HOT, title: "You've been through enough" }),
  phrase('ask', 'refund-or-replacement', 'warm', `Would you prefer a full refund, or would you rather we send a replacement? Whichever you choose, I'll set it up today.`, { wants: ['refund', 'replacement'], title: 'Refund or replacement' }),
  phrase('ask', 'redo-or-else', 'warm', `Would it help if we redid the order at no cost, or is there something else you'd prefer?`, { wants: ['redo'], title: 'Free redo or something else' }),
  phrase('ask', 'manager-and-outcome', 'warm', `I understand you'd like to speak with a manager, and I can arrange that. Could you also tell me what outcome you're hoping for, so they have everything in front of them?`, { wants: ['manager'], title: 'Arrange a manager' }),
  phrase('ask', 'formal-resolution', 'formal', `What would you consider a fair resolution? I would like to hear your view before I suggest anything.`, { heat: CALM, title: 'Your view first' }),
  phrase('ask', 'no-guessing', 'warm', `I don't want to guess at what would help. What would make this right for you?`, { heat: FURIOUS, title: 'No guessing' }),
  phrase('ask', 'credit-too', 'warm', `Besides fixing this order, would a credit toward your next one help make up for the trouble?`, { wants: ['discount', 'credit'], title: 'Credit toward next order' }),
  phrase('ask', 'cancel-or-fix', 'warm', `Would you like me to cancel the order, or would you rather we try to fix it first? Either is fine with me.`, { wants: ['cancel'], title: 'Cancel or fix it' }),
  phrase('ask', 'formal-preference', 'formal', `We can offer a refund, a replacement or a credit. Which would you prefer?`, { wants: ['refund', 'replacement', 'credit'], title: 'Refund, replacement or credit' }),

  // --- resolve: a concrete remedy, "we", compromise when out of reach -----------
  phrase('resolve', 'refund-keep', 'warm', `We'll refund you in full, and you don't need to send anything back.`, { wants: ['refund'], title: 'Full refund' }),
  phrase('resolve', 'formal-refund', 'formal', `We would like to offer you a full refund. Please confirm, and I will process it right away.`, { wants: ['refund'], title: 'Formal refund offer' }),
  phrase('resolve', 'replacement-express', 'warm', `We'll send you a replacement at no cost, by express delivery, and you're welcome to keep or recycle the original.`, { wants: ['replacement'], title: 'Free replacement' }),
  phrase('resolve', 'redo-with-proof', 'warm', `We'll redo the order at no charge, and this time I'll go through the proof with you before anything is printed.`, { wants: ['redo'], title: 'Redo it' }),
  phrase('resolve', 'discount-next', 'warm', `To make up for this, I'd like to take {{cursor}}% off your next order with us.`, { wants: ['discount'], title: 'Discount on next order' }),
  phrase('resolve', 'account-credit', 'warm', `We'll add a credit of {{cursor}} to your account, to use on anything you like.`, { wants: ['credit'], title: 'Account credit' }),
  phrase('resolve', 'compliments', 'warm', `We'd like to send you {{cursor}} with our compliments, as a thank-you for your patience.`, { wants: ['free_item'], title: 'Free gift with thanks' }),
  phrase('resolve', 'cancel-no-charge', 'warm', `We'll cancel the order and make sure you aren't charged, and you'll have written confirmation from me today.`, { wants: ['cancel'], title: 'Cancel at no charge' }),
  phrase('resolve', 'manager-review', 'formal', `I have asked my manager to review this personally, and they will contact you by {{cursor}}. I will stay on your ticket as well, so nothing is lost.`, { wants: ['manager'], title: 'Manager reviews personally' }),
  phrase('resolve', 'compromise', 'warm', `I'm not able to offer exactly that, and I understand that's disappointing. What we can do instead is {{cursor}}.`, { heat: MID, title: 'A compromise' }),
  phrase('resolve', 'checking-facts', 'warm', `I want to get this right, so I'm checking the details with our warehouse now. I'll come back to you by {{cursor}} with an answer either way.`, { title: 'Checking with the warehouse' }),
  phrase('resolve', 'express-fix', 'warm', `We'll ship the fix by express today at our expense, so you'll have it as soon as possible.`, { wants: ['speed', 'replacement'], title: 'Express fix at our cost' }),
  phrase('resolve', 'formal-explanation', 'formal', `Here is what happened on our side: {{cursor}}. It should not have happened, and we have changed how we work so that it does not happen again.`, { wants: ['explanation'], title: 'Explain what happened' }),
  phrase('resolve', 'apology-enough', 'warm', `Thank you for giving us the chance to apologize properly. If anything else would help, tell me and we'll do it.`, { wants: ['apology_only'], title: 'When an apology is enough' }),
  phrase('resolve', 'plus-discount', 'warm', `Here's what we'll do: {{cursor}}. And because this took far too long, we'll also take 20% off your next order.`, { heat: HOT, title: 'Fix plus 20% off' }),
  phrase('resolve', 'formal-options', 'formal', `We would be glad to put this right. We can {{cursor}}, or, if you prefer, arrange a full refund.`, { heat: CALM, title: 'Remedy or full refund' }),
  phrase('resolve', 'reprint-compromise', 'warm', `We'll reprint it free of charge if you check the proof with me first, and we'll take half off your next order for the trouble.`, { wants: ['redo', 'discount'], title: 'Reprint with half off' }),

  // --- act: do it now, say each step and when -----------------------------------
  phrase('act', 'already-done', 'warm', `I've already {{cursor}}. You'll get a confirmation email within the hour.`, { title: "I've already…" }),
  phrase('act', 'refund-sent', 'warm', `Your refund is on its way: I processed it a moment ago. Banks usually take 3 to 5 working days to show it, and I'll check that it has landed.`, { wants: ['refund'], title: 'Refund on its way' }),
  phrase('act', 'replacement-ships', 'warm', `Your replacement is packed and ships today. I'll send you the tracking number as soon as the courier collects it.`, { wants: ['replacement'], title: 'Replacement ships today' }),
  phrase('act', 'next-steps', 'warm', `Here's what happens next: first, {{cursor}}. I'll update you as soon as each step is done.`, { title: 'What happens next' }),
  phrase('act', 'formal-completed', 'formal', `I have completed the following: {{cursor}}. You will receive written confirmation by email shortly.`, { title: "Confirm what's completed" }),
  phrase('act', 'staying-on-it', 'warm', `I'm staying on this until it's fully sorted. Even where another team does part of the work, I'll be the one keeping you updated.`, { heat: MID, title: 'Staying on it' }),
  phrase('act', 'done-myself', 'warm', `I've dealt with this myself, right now: {{cursor}}. You won't have to chase anyone again.`, { heat: HOT, title: 'Done it myself' }),
  phrase('act', 'reprint-booked', 'warm', `The reprint is booked in and will be ready on {{cursor}}. I'll email you a photo before it ships so you can see it's right.`, { wants: ['redo'], title: 'Reprint booked' }),
  phrase('act', 'credit-added', 'warm', `The credit is now on your account, and you'll see it at checkout next time. There's nothing you need to do.`, { wants: ['credit', 'discount'], title: 'Credit added' }),
  phrase('act', 'cancelled', 'warm', `Your order is now cancelled and you won't be charged. I've sent the confirmation to your email.`, { wants: ['cancel'], title: 'Order cancelled' }),
  phrase('act', 'express-upgrade', 'warm', `I've upgraded your delivery to express at no cost. It should be with you by {{cursor}}.`, { wants: ['speed'], title: 'Upgraded to express' }),
  phrase('act', 'manager-call', 'formal', `My manager now has the full history and will call you {{cursor}}. I will stay copied in and follow up with you afterwards.`, { wants: ['manager'], title: 'Manager will call' }),
  phrase('act', 'quote-reference', 'formal', `If you need us in the meantime, reply to this email and quote {{ticket.id|this email's subject line}}, and it will come straight to me.`, { heat: CALM, title: 'Quote this reference' }),
  phrase('act', 'furious-now', 'warm', `Done. {{cursor}} is sorted as of this minute, and I'll confirm each remaining step the moment it happens.`, { heat: FURIOUS, title: 'Done this minute' }),

  // --- follow_up: check back, thank them, maybe a small extra -------------------
  phrase('follow_up', 'checking-back', 'warm', `${HI} I'm checking back to make sure everything arrived and works as it should. Is there anything else I can do?`, { title: 'Checking back' }),
  phrase('follow_up', 'refund-landed', 'warm', `${HI} I wanted to check that the refund has reached your account. I'd like to be sure this is fully closed for you.`, { wants: ['refund'], title: 'Check the refund landed' }),
  phrase('follow_up', 'scheduled', 'warm', `I'll check back with you on {{cursor}} to make sure everything is sorted.`, { title: 'Check back on a date' }),
  phrase('follow_up', 'formal-satisfaction', 'formal', `${DEAR} I am following up on your recent request to confirm that everything has been resolved to your satisfaction.`, { heat: CALM, title: 'Formal follow-up' }),
  phrase('follow_up', 'thank-loyalty', 'warm', `Thank you for sticking with us through this. We're grateful to have you, and we've learned from it.`, { title: 'Thanks for sticking with us' }),
  phrase('follow_up', 'small-extra', 'warm', `As a thank-you for your patience, I've added free shipping to your next order. No code needed.`, { wants: ['free_item', 'discount'], title: 'Free shipping, with thanks' }),
  phrase('follow_up', 'replacement-right', 'warm', `${HI} I know this was a rough experience, so I wanted to check personally that the replacement has arrived and is right this time.`, { wants: ['replacement'], heat: HOT, title: 'Check the replacement' }),
  phrase('follow_up', 'working-since', 'warm', `Has everything been working well since? If anything still isn't right, reply here and it will come straight to me.`, { heat: MID, title: 'Still working well' }),
  phrase('follow_up', 'formal-trust', 'formal', `Thank you for your continued trust in {{company}}. If there is anything further we can do, please let me know.`, { title: 'Thanks for your trust' }),
  phrase('follow_up', 'prints-look', 'warm', `${HI} how do the new prints look? I'd love to hear they came out exactly as you wanted.`, { wants: ['redo'], title: 'Check the new prints' }),
  phrase('follow_up', 'reminder-set', 'warm', `I've set a reminder to check in with you in two days, once the courier has delivered. Nothing is needed from you until then.`, { title: 'Reminder in two days' }),
  phrase('follow_up', 'furious-earned', 'warm', `${HI} after how this started, I didn't want to leave it to chance. Is everything now as it should be? If not, I'm still on it.`, { heat: FURIOUS, title: 'Not leaving it to chance' }),
];
