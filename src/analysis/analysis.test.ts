import { describe, expect, it } from 'vitest';
import { analyzeTicket } from './index.ts';
import { getPlaybook } from '../playbooks/index.ts';
import type { Author, Message, Ticket } from '../ticket.ts';

const ticket = (...messages: [Author, string][]): Ticket => ({
  helpdesk: 'test',
  id: '7',
  url: 'https://help.example/t/7',
  subject: 'Order 7',
  customer: { name: 'Sam Lee', firstName: 'Sam' },
  messages: messages.map(([author, text]): Message => ({ author, text })),
});
const codes = (t: Ticket) => analyzeTicket(t).heat.reasons.map((r) => r.code);

describe('heat', () => {
  it('reads a polite question as calm and a shouted threat as furious, with the evidence', () => {
    expect(analyzeTicket(ticket(['customer', 'Hi, could you tell me when my order ships? Thanks!']))).toMatchObject({ heat: { level: 0, reasons: [] } });
    const hot = analyzeTicket(ticket(['customer', 'THIRD TIME I AM WRITING!!! This is a scam and I am calling my lawyer.']));
    expect(hot.heat.level).toBe(3);
    expect(hot.heat.reasons).toEqual(
      expect.arrayContaining([
        { code: 'capitals', evidence: expect.stringContaining('THIRD') },
        { code: 'exclamations', evidence: '!!!' },
        { code: 'repeat_contact', evidence: expect.stringMatching(/third time/i) },
        { code: 'threat_legal', evidence: 'lawyer' },
        { code: 'strong_words', evidence: 'scam' },
      ]),
    );
  });

  it('counts masked profanity', () => {
    for (const text of ['I am p*ssed off with this', 'What the f*** is going on', 'This is sh!t service', 'f**king useless']) {
      const a = analyzeTicket(ticket(['customer', text]));
      expect(a.heat.reasons.filter((r) => r.code === 'profanity')).not.toEqual([]);
      expect(a.heat.level).toBeGreaterThanOrEqual(2);
    }
    // Asterisks in ordinary text are not swearing.
    expect(codes(ticket(['customer', 'Order *4471* and the f-stop setting on the camera*']))).not.toContain('profanity');
  });

  it('handles negation: "not happy" is negative, "not bad" is not angry', () => {
    const notHappy = analyzeTicket(ticket(['customer', 'I am not happy with how this was handled.']));
    expect(notHappy.heat.level).toBeGreaterThanOrEqual(1);
    expect(notHappy.heat.reasons).toContainEqual({ code: 'negative_tone', evidence: expect.stringContaining('not happy') });
    expect(analyzeTicket(ticket(['customer', 'Not bad at all, the new version works. Not a problem.']))).toMatchObject({ heat: { level: 0 } });
  });

  it('ignores what the customer quotes from the agent', () => {
    const quoted = ticket([
      'customer',
      'Thanks, that worked.\n\nOn Tue, 4 Jun 2024 at 09:12, Support <help@shop.example> wrote:\n> So sorry this was RIDICULOUS and UNACCEPTABLE!!!\n> We can refund you.',
    ]);
    expect(analyzeTicket(quoted)).toMatchObject({ heat: { level: 0 }, theirWords: [], wants: [] });
    const inline = ticket(['customer', '> Please calm down, this is a scam-free zone!!!\nok thanks, understood']);
    expect(analyzeTicket(inline).heat.level).toBe(0);
  });

  it('weights the latest customer message: a thank-you after a rant cools the ticket', () => {
    const cooled = ticket(
      ['customer', 'This is DISGUSTING service!!! Worst company ever, I want a refund NOW.'],
      ['agent', "I'm so sorry. I've issued the refund; you'll see it within 3 days."],
      ['customer', 'Thank you, that is sorted then. Appreciate the quick help.'],
    );
    expect(analyzeTicket(cooled).heat.level).toBeLessThanOrEqual(1);
    const heating = ticket(['customer', 'Hi, where is my order?'], ['agent', 'Checking.'], ['customer', 'STILL NOTHING!!! This is ridiculous, I am disputing the charge with my bank.']);
    expect(analyzeTicket(heating).heat.level).toBe(3);
  });

  it('gives no level, never a false calm, for languages it does not read', () => {
    for (const text of [
      '注文した商品がまだ届きません。本当にひどい対応です。',
      'Я уже третий раз пишу вам, где мой заказ? Это безобразие!',
      'لقد طلبت منذ أسبوعين ولم يصل الطلب حتى الآن، هذا غير مقبول',
      "Je n'arrive pas à croire que ma commande n'est toujours pas arrivée, c'est une honte totale",
    ]) {
      expect(analyzeTicket(ticket(['customer', text])).heat).toEqual({ level: null, reasons: [] });
    }
    // An older English message does not vouch for a newer one we cannot read.
    expect(analyzeTicket(ticket(['customer', 'Hi, where is my order?'], ['customer', 'Это безобразие! Верните деньги!'])).heat.level).toBeNull();
    // Emoji alone or an empty thread say nothing either way; calm, without reasons.
    expect(analyzeTicket(ticket(['customer', '🙂👍'])).heat).toEqual({ level: 0, reasons: [] });
    expect(analyzeTicket(ticket()).heat).toEqual({ level: 0, reasons: [] });
  });
});

describe('a second language (German)', () => {
  it('reads German heat, words and wants from its own lexicon file', () => {
    const hot = analyzeTicket(ticket(['customer', 'Das ist jetzt schon das dritte Mal!!! Eine Frechheit, ich will sofort mein Geld zurück, sonst geht das an meinen Anwalt.']));
    expect(hot.heat.level).toBe(3);
    expect(hot.heat.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['repeat_contact', 'strong_words', 'threat_legal']));
    expect(hot.wants).toEqual(['refund', 'speed']);
    expect(hot.theirWords).toContain('eine frechheit');
    const calm = analyzeTicket(ticket(['customer', 'Hallo, wann wird meine Bestellung verschickt? Vielen Dank und einen schönen Tag.']));
    expect(calm.heat).toEqual({ level: 0, reasons: [] });
  });
});

describe('a third language (Spanish)', () => {
  it('reads Spanish heat, words and wants from its own lexicon file', () => {
    const hot = analyzeTicket(ticket(['customer', 'Es la tercera vez que escribo y nadie me responde. Una vergüenza, quiero que me devuelvan mi dinero o iré a Consumo.']));
    expect(hot.heat.level).toBe(3);
    expect(hot.heat.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['repeat_contact', 'strong_words', 'threat_legal']));
    expect(hot.wants).toContain('refund');
    expect(hot.theirWords).toContain('una vergüenza');
    const calm = analyzeTicket(ticket(['customer', 'Hola, ¿podrían decirme cuándo llega mi pedido? Muchas gracias.']));
    expect(calm.heat).toEqual({ level: 0, reasons: [] });
  });
});

describe('their words', () => {
  it('lists the customer\'s own words, most recent and strongest first, lower-case and deduplicated', () => {
    const a = analyzeTicket(
      ticket(
        ['customer', 'The wait was frustrating, honestly a nightmare.'],
        ['agent', 'I hear you, that sounds awful.'],
        ['customer', 'Still nothing. This is Unacceptable and frankly ridiculous. So frustrating.'],
      ),
    );
    expect(a.theirWords).toEqual(['unacceptable', 'ridiculous', 'frustrating', 'a nightmare']);
  });

  it('keeps their verdicts whole and their swearing, and fills phrases with a word that fits', () => {
    const a = analyzeTicket(ticket(['customer', 'Extremely poor customer service. Your support team is shit and they treated me like dirt.']));
    expect(a.theirWords).toEqual(expect.arrayContaining(['extremely poor customer service', 'treated me like dirt', 'shit']));
    expect(a.theirWords).not.toContain('poor');
  });

  it('skips negated words and words the agent used', () => {
    const a = analyzeTicket(ticket(['customer', "It wasn't frustrating, just confusing."], ['agent', 'That sounds terrible, sorry.']));
    expect(a.theirWords).toEqual(['confusing']);
  });
});

describe('wants', () => {
  it.each([
    ['I want my money back.', ['refund']],
    ['Please send me a new one, this one is cracked.', ['replacement']],
    ['The print is wrong, you need to reprint the whole batch.', ['redo']],
    ['I think 20% off my next order would be fair.', ['discount']],
    ['Could you put some store credit on my account?', ['credit']],
    ['The least you can do is give me the next meal for free.', ['free_item']],
    ['Please cancel my subscription.', ['cancel']],
    ['Let me speak to your supervisor.', ['manager']],
    ["I'm not after money, I just want someone to admit it was your mistake.", ['apology_only']],
    ['Why did this happen?', ['explanation']],
    ['I need this sorted asap, we fly out today.', ['speed']],
  ])('"%s" → %j', (text, wants) => {
    expect(analyzeTicket(ticket(['customer', text])).wants).toEqual(wants);
  });

  it('does not read threats, quotes or shop copy as requests', () => {
    expect(analyzeTicket(ticket(['customer', "If this isn't fixed by Friday I'm cancelling my account."])).wants).not.toContain('cancel');
    expect(analyzeTicket(ticket(['customer', 'The site said free delivery over $50 but I was charged. Why?'])).wants).toEqual(['explanation']);
    expect(analyzeTicket(ticket(['customer', 'I paid by credit card.'])).wants).toEqual([]);
    expect(analyzeTicket(ticket(['agent', 'We can refund you or send a replacement.'])).wants).toEqual([]);
  });
});

describe('steps', () => {
  const customer: [Author, string] = ['customer', 'My order is two weeks late and nobody answers.'];

  it('starts at the first step when no agent has replied, and notes do not count', () => {
    expect(analyzeTicket(ticket(customer))).toMatchObject({ done: [], skipped: [], current: 'listen' });
    expect(analyzeTicket(ticket(customer, ['note', "I'm so sorry, I'll refund them today. What would feel fair?"]))).toMatchObject({ done: [], current: 'listen' });
    expect(analyzeTicket(ticket(['customer', "Sorry, I apologise for shouting. What would be fair?"]))).toMatchObject({ done: [], current: 'listen' });
  });

  it('moves to the step after the furthest done and marks the ones passed over as skipped', () => {
    const a = analyzeTicket(ticket(customer, ['agent', "I'm so sorry the wait has been this frustrating. What would feel fair to you?"]));
    expect(a).toMatchObject({ done: ['apologize', 'ask'], skipped: ['listen', 'acknowledge'], current: 'resolve' });
  });

  it('accumulates steps over several replies and completes after the follow-up', () => {
    const a = analyzeTicket(
      ticket(
        customer,
        ['agent', 'Could you walk me through what happened with the delivery?'],
        ['customer', 'It never came!'],
        ['agent', "That sounds exhausting, and I'm truly sorry. What would make this right for you?"],
        ['customer', 'A refund.'],
        ['agent', "I've issued a full refund; you'll see it within 3 business days."],
        ['agent', 'Just checking in: did the refund arrive?'],
      ),
    );
    expect(a).toMatchObject({ done: ['listen', 'acknowledge', 'apologize', 'ask', 'resolve', 'act', 'follow_up'], skipped: [], current: 'complete' });
  });

  it('does not count an apology that is taken back or an incidental "sorry"', () => {
    for (const text of [
      "I'm sorry, but that's our policy.",
      'I apologize if you feel our answer was slow.',
      'Sorry, could you send me your order number?',
      'Attached is the "Sorry for the delay" shipment notification email template.',
      "I'm sorry. However, our policy does not allow refunds after 30 days.",
    ]) {
      expect(analyzeTicket(ticket(customer, ['agent', text])).done).not.toContain('apologize');
    }
    expect(analyzeTicket(ticket(customer, ['agent', 'Sorry for the delay in getting back to you.'])).done).toContain('apologize');
  });

  it('recognises steps of other playbooks through their kind', () => {
    const last = getPlaybook('last');
    const t = ticket(customer, ['agent', "I'm so sorry. We'll send a replacement today at no cost."]);
    expect(analyzeTicket(t, last)).toMatchObject({ done: ['apologise', 'solve'], skipped: ['listen'], current: 'thank' });
    expect(analyzeTicket(t, getPlaybook('heard'))).toMatchObject({ done: ['apologize', 'resolve'], skipped: ['hear', 'empathize'], current: 'diagnose' });
  });

  it('does not count words the agent quotes from the customer', () => {
    const a = analyzeTicket(ticket(customer, ['agent', 'Thanks for the details.\n\n> I want a refund and an apology, so sorry to say.\n> I\'ve already told you twice.']));
    expect(a.done).toEqual([]);
  });
});
