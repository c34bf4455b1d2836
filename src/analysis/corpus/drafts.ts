/**
 * Agent reply drafts written for this project, each labelled with the kinds of
 * wording the method says never to write (METHOD.md). Used to measure the draft
 * checker's precision and recall per kind. Labels follow the reading of an
 * experienced support lead, not the checker's rules: some drafts say a forbidden
 * thing in words the checker does not know, on purpose, so recall stays honest.
 */
import type { DraftFindingKind } from '../types.ts';

export interface LabelledDraft {
  text: string;
  kinds: DraftFindingKind[];
}

export const drafts: readonly LabelledDraft[] = [
  // --- clean, friendly replies (some near-misses on purpose) ---------------------
  { kinds: [], text: "Hi Dana, I'm sorry — I've refunded you in full. You should have it back within 3 to 5 working days." },
  { kinds: [], text: 'As I said I would, I checked with our warehouse this morning, and your parcel left at 10:40.' },
  { kinds: [], text: 'You must have been so worried when the parcel did not show up. I have tracked it down and it is with your neighbour at number 12.' },
  { kinds: [], text: "Thanks for your patience, Omar. We've sent a replacement by express and it should arrive tomorrow." },
  { kinds: [], text: 'Sorry to bother you, but could you send a photo of the label on the box? That will help me claim it back from the courier.' },
  { kinds: [], text: "It's only fair that we cover the return postage, so I've emailed you a prepaid label." },
  { kinds: [], text: 'Could you confirm the company name you want printed on the new invoice?' },
  { kinds: [], text: "I'm so sorry this has been such a frustrating week. Let's get it sorted today." },
  { kinds: [], text: 'What would feel fair to you? I would like to hear your view before I suggest anything.' },
  { kinds: [], text: "Hi Priya, thank you for writing in. Could you walk me through what happened from the start?" },
  { kinds: [], text: "I've already cancelled the second charge. You'll see the money back on your card by Friday." },
  { kinds: [], text: "You should receive a tracking email within the hour. If it doesn't arrive, reply here and I'll resend it." },
  { kinds: [], text: 'Just a quick update: your order has been packed and is waiting for the courier.' },
  { kinds: [], text: "I'm checking back to make sure the new headset works well. Is there anything else I can do for you?" },
  { kinds: [], text: 'We got this wrong and I am sorry. We will redo the prints at no charge and I will check the proof with you first.' },
  { kinds: [], text: 'Thank you for sticking with us. We value you as a customer and want to keep earning your trust.' },
  { kinds: [], text: "I hear you: you've waited two weeks and nobody told you why. That isn't good enough, and I'm sorry." },
  { kinds: [], text: "Our warehouse team has confirmed the replacement ships today. I'll send you the tracking link as soon as I have it." },
  { kinds: [], text: "If you were in my place, what would you do to put this right? I'm open to any idea." },
  { kinds: [], text: "Please enjoy the new headset, and let me know if anything about it isn't right." },
  { kinds: [], text: "I understand how upsetting it is to find the wrong name on the tags. We'll reprint them for free." },
  { kinds: [], text: "Our returns policy gives you 60 days, so there's plenty of time. I've attached a free return label." },
  { kinds: [], text: "I've passed this to our billing team and asked them to reply by 3 pm. I'll stay on it until you hear from them." },
  { kinds: [], text: "Don't worry about sending the old one back; keep it or recycle it, whichever is easier." },
  { kinds: [], text: "I've asked my manager to call you tomorrow morning. She has the full history, so you won't have to repeat anything." },
  { kinds: [], text: "Good news: the courier found your parcel. It's back on the van and should reach you by 6 pm today." },
  { kinds: [], text: 'I apologise for the delay in getting back to you. I have now issued a credit of 20 euros to your account.' },
  { kinds: [], text: "You're right, and I'm sorry. This should never have happened." },
  { kinds: [], text: 'Thanks for letting us know so quickly. It helps us fix these things before they reach anyone else.' },
  { kinds: [], text: 'I want to be sure we get this right. Could you tell me which size you ordered and which one arrived?' },
  { kinds: [], text: "I've relaxed the usual deadline for you, so you can return it any time this month." },
  { kinds: [], text: 'This is just a note to confirm that your refund has been processed today.' },

  // --- blame -----------------------------------------------------------------
  { kinds: ['blame'], text: 'You should have read the size guide before ordering. The measurements are all on the product page.' },
  { kinds: ['blame'], text: "Unfortunately you didn't read the instructions, which explain how to pair the headset." },
  { kinds: ['blame'], text: 'You must have entered the wrong address at checkout, because the parcel went to Leeds.' },
  { kinds: ['blame'], text: "That's your fault for not checking the proof before approving it." },
  { kinds: ['blame'], text: "You failed to return the item within 30 days, so we can't refund it." },
  { kinds: ['blame'], text: 'The delivery date was clearly stated on your order confirmation.' },
  { kinds: ['blame'], text: "If you had checked your spam folder you would have seen our email." },
  { kinds: ['blame'], text: 'You forgot to include the order number, so we could not find your parcel.' },
  { kinds: ['blame'], text: "Honestly, if you'd bothered to look at the tracking page you would know where it is." },
  { kinds: ['blame', 'minimizing'], text: "You're overreacting. You were supposed to cancel before the renewal date." },

  // --- defensive -------------------------------------------------------------
  { kinds: ['defensive'], text: 'Our policy is that refunds are only given within 14 days of delivery.' },
  { kinds: ['defensive'], text: "That's not our fault, the courier is a separate business and they lost the parcel." },
  { kinds: ['defensive'], text: "I'm afraid there's nothing I can do about the delay at this point." },
  { kinds: ['defensive'], text: "We are not responsible for damage that happens after delivery." },
  { kinds: ['defensive'], text: "That's not true, we shipped your order on Monday as promised." },
  { kinds: ['defensive'], text: 'You have to understand that we receive hundreds of orders a day.' },
  { kinds: ['defensive'], text: "Refunds on sale items are against our policy, so I can't help with that." },
  { kinds: ['defensive'], text: "It's not my job to chase the courier, but I'll pass it on." },
  { kinds: ['defensive'], text: 'Rules are rules and the system will not let me change an order once it is placed.' },

  // --- minimizing ------------------------------------------------------------
  { kinds: ['minimizing'], text: "Please calm down. We'll look into it when we can." },
  { kinds: ['minimizing'], text: "It's only a small scratch on the side, it won't affect how the lamp works." },
  { kinds: ['minimizing'], text: "Relax, it's no big deal. The parcel is just running a day late." },
  { kinds: ['minimizing'], text: 'These things happen with busy couriers in December.' },
  { kinds: ['minimizing'], text: 'There is no need to get upset, the refund will come through eventually.' },
  { kinds: ['minimizing'], text: 'It was just a typo on the invoice, nothing to worry about.' },
  { kinds: ['minimizing'], text: "I think you're exaggerating a little; two days is within the normal window." },

  // --- sorry, but --------------------------------------------------------------
  { kinds: ['sorry_but'], text: "I'm sorry, but we can't offer a refund on opened items." },
  { kinds: ['sorry_but'], text: 'I apologize if you feel that our service let you down.' },
  { kinds: ['sorry_but'], text: "I'm sorry you feel that way. We did our best with the information we had." },
  { kinds: ['sorry_but'], text: 'Apologies for the wait, however the courier sets the delivery times, not us.' },
  { kinds: ['sorry_but'], text: "I'm sorry if you were offended by my last reply." },
  { kinds: ['sorry_but', 'defensive'], text: "Sorry for the trouble, but our policy is that custom prints can't be returned." },

  // --- brush-off -------------------------------------------------------------
  { kinds: ['brush_off'], text: 'As I said, the replacement will be sent once the original is back with us.' },
  { kinds: ['brush_off'], text: 'Per my last email, the refund takes 5 to 7 working days.' },
  { kinds: ['brush_off'], text: 'As already explained, we cannot change the delivery slot after dispatch.' },
  { kinds: ['brush_off'], text: "Like I told you yesterday, the order is with the courier." },
  { kinds: ['brush_off'], text: 'As previously stated, the voucher cannot be combined with other offers.' },
  { kinds: ['brush_off'], text: "Please see my previous email for the return instructions." },
  { kinds: ['brush_off', 'blame'], text: "I've already told you that you should have kept the receipt." },

  // --- cold distance ---------------------------------------------------------
  { kinds: ['cold_distance'], text: 'The company has decided not to offer compensation for this delay.' },
  { kinds: ['cold_distance'], text: "I've forwarded your complaint to the relevant department and they will be in touch." },
  { kinds: ['cold_distance'], text: "They won't let me issue a refund without the original packaging." },
  { kinds: ['cold_distance'], text: "You'll need to take that up with the billing department directly." },
  { kinds: ['cold_distance'], text: "Management has made the decision and they don't make exceptions." },
  { kinds: ['cold_distance', 'defensive'], text: "It's up to them whether you get a refund; there's nothing I can do." },
  // --- second batch: written after the rules, in wording they were not built from.
  // Measured first as unseen text (6 of 18 caught, no false alarm on the 9 clean
  // ones); a few rules were then widened in general ways (";however", "this company",
  // "they can't approve"…). The misses left are implicit blame and defence that no
  // keyword rule can see without flagging friendly replies too. ---
  { kinds: ['blame'], text: "Had you double-checked the address, this wouldn't have happened." },
  { kinds: ['blame'], text: 'You ordered the wrong model, which is why it does not fit your charger.' },
  { kinds: ['blame'], text: 'It says right there on the product page that batteries are not included.' },
  { kinds: ['defensive'], text: 'We followed every procedure correctly on our end.' },
  { kinds: ['defensive'], text: "I can't do anything more for you on this one." },
  { kinds: ['defensive'], text: 'The terms and conditions you accepted state that delivery dates are estimates.' },
  { kinds: ['minimizing'], text: "It's hardly the end of the world, the parcel is one day late." },
  { kinds: ['minimizing'], text: "It's only been two days, so there's no reason to panic." },
  { kinds: ['minimizing'], text: "Try not to get too worked up about it, it'll turn up." },
  { kinds: ['sorry_but'], text: 'We regret the inconvenience; however, delays are sometimes unavoidable.' },
  { kinds: ['sorry_but'], text: 'Sorry for any confusion, but the offer ended on Sunday.' },
  { kinds: ['sorry_but'], text: 'I do apologise if my colleague came across as rude.' },
  { kinds: ['brush_off'], text: 'As stated in my previous reply, we need the serial number before we can help.' },
  { kinds: ['brush_off'], text: "As mentioned before, we don't ship to PO boxes." },
  { kinds: ['brush_off'], text: 'I refer you to my earlier message about the return process.' },
  { kinds: ['cold_distance'], text: 'Head office says the voucher cannot be reissued.' },
  { kinds: ['cold_distance'], text: "Our finance people said they can't approve it." },
  { kinds: ['cold_distance'], text: "This company doesn't do refunds on downloaded software." },
  { kinds: [], text: 'I actually found a better option for you: a newer model at the same price.' },
  { kinds: [], text: "You must have had a long day, so I've kept this short: your refund is done." },
  { kinds: [], text: "It's only right that we cover the cost of the repair." },
  { kinds: [], text: "As you mentioned, the box was damaged, so I've sent a new one today." },
  { kinds: [], text: 'The courier company confirmed the new delivery date this afternoon.' },
  { kinds: [], text: "I'm sorry for the mix-up. I've corrected the address and resent your order." },
  { kinds: [], text: 'Please take all the time you need to test it, and tell me how it goes.' },
  { kinds: [], text: "We're sorry, and we've credited your account with the full amount." },
  { kinds: [], text: 'They were lovely at the depot and promised to deliver first thing tomorrow.' },
];
