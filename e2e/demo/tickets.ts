/**
 * The demo helpdesk's tickets. Each one exercises something the extension must get
 * right (a calm question, real anger, a refund, an apology, a long thread, hostile
 * markup, a language the engine does not read), so keep their character when editing.
 *
 * The demo keeps its own types on purpose: it plays a third-party helpdesk and must not
 * lean on the extension's model.
 */
import { longThread } from './long-thread.ts';

export type DemoAuthor = 'customer' | 'agent' | 'note';
export type DemoStatus = 'open' | 'pending' | 'solved';

export interface DemoMessage {
  author: DemoAuthor;
  name: string;
  /** ISO 8601. */
  at: string;
  /** Plain text; a blank line separates paragraphs. */
  text: string;
}

export interface DemoTicket {
  id: string;
  subject: string;
  status: DemoStatus;
  customer: { name: string; email: string };
  messages: DemoMessage[];
}

export const tickets: readonly DemoTicket[] = [
  {
    id: '101',
    subject: 'Can I change the delivery address on my order?',
    status: 'open',
    customer: { name: 'Hannah Whitfield', email: 'hannah.whitfield@example.com' },
    messages: [
      {
        author: 'customer',
        name: 'Hannah Whitfield',
        at: '2026-11-20T09:12:00Z',
        text: [
          'Hi there,',
          'I placed order #48213 yesterday evening and only noticed afterwards that it is going to my old flat. I moved two weeks ago and forgot to update my account.',
          'Is it still possible to send it to 14 Larch Close, Bristol BS6 2QT instead? No rush if it has already left, I can ask the new tenants to hold on to it.',
          'Thanks a lot,\nHannah',
        ].join('\n\n'),
      },
    ],
  },
  {
    id: '102',
    subject: 'STILL no replacement blender - third time writing!!!',
    status: 'open',
    customer: { name: 'Marcus Delgado', email: 'marcus.delgado@example.net' },
    messages: [
      {
        author: 'customer',
        name: 'Marcus Delgado',
        at: '2026-11-12T18:04:00Z',
        text: [
          'The blender I bought from you three weeks ago started smoking the second time I used it. I sent photos and the receipt and was promised a replacement within five working days.',
          'That was eight working days ago. Where is it?',
        ].join('\n\n'),
      },
      {
        author: 'agent',
        name: 'Jordan (Support)',
        at: '2026-11-13T10:41:00Z',
        text: [
          'Hello Marcus,',
          'As explained in our previous email, replacements are handled by the warehouse and our policy is that they ship within 5-10 working days, not 5. You should have received that information in the confirmation.',
          'There is nothing I can do to speed this up from my side.',
          'Regards,\nJordan',
        ].join('\n\n'),
      },
      {
        author: 'customer',
        name: 'Marcus Delgado',
        at: '2026-11-18T07:55:00Z',
        text: [
          'Nobody told me 10 days. The email literally says FIVE. I have been making smoothies with a fork for almost three weeks now.',
          'Can someone who actually knows something tell me when it ships?',
        ].join('\n\n'),
      },
      {
        author: 'customer',
        name: 'Marcus Delgado',
        at: '2026-11-21T16:20:00Z',
        text: [
          "This is the THIRD time I'm writing and I am honestly p*ssed off. Still no blender, no tracking number, no answer!!!",
          'Your colleague told me it was basically my fault for not reading the small print. That is RIDICULOUS. I paid for a product that nearly set my kitchen on fire.',
          "If I don't hear something real by Monday I'm cancelling my membership, disputing the charge with my bank and leaving a review about this f***ing circus everywhere I can.",
          'Marcus',
        ].join('\n\n'),
      },
    ],
  },
  {
    id: '103',
    subject: 'Charged twice for my November subscription',
    status: 'open',
    customer: { name: 'Priya Raman', email: 'priya.raman@example.org' },
    messages: [
      {
        author: 'customer',
        name: 'Priya Raman',
        at: '2026-11-22T13:30:00Z',
        text: [
          'Hello,',
          'My bank statement shows two payments of €24.90 to you on 1 November, a minute apart. I only have one account and one subscription, so one of them must be a mistake.',
          "I'd like the duplicate refunded to my card please. I have attached a screenshot of the statement. It's annoying because it pushed my account into overdraft for a few days.",
          'Kind regards,\nPriya Raman',
        ].join('\n\n'),
      },
    ],
  },
  {
    id: '104',
    subject: 'Your courier was incredibly rude to my mother',
    status: 'pending',
    customer: { name: 'Tomasz Nowak', email: 'tomasz.nowak@example.com' },
    messages: [
      {
        author: 'customer',
        name: 'Tomasz Nowak',
        at: '2026-11-21T11:02:00Z',
        text: [
          'Good morning,',
          'My mother is 81 and took in a parcel for me on Thursday. The driver shouted at her for taking too long to get to the door, threw the box on the step and called her a name I will not repeat here.',
          'The parcel is fine, nothing is broken and I do not want anything back. I just want someone to say sorry to her properly and to know that this driver is spoken to. She was shaken all afternoon.',
          'Tomasz',
        ].join('\n\n'),
      },
      {
        author: 'note',
        name: 'Sam (Team lead)',
        at: '2026-11-21T11:40:00Z',
        text: 'Logged with the courier account manager, reference CR-2291. Customer has not asked for compensation; a personal apology seems right here.',
      },
    ],
  },
  {
    id: '105',
    subject: 'Smart thermostat keeps losing its schedule',
    status: 'open',
    customer: { name: 'Ingrid Solberg', email: 'ingrid.solberg@example.no' },
    messages: longThread({
      customer: 'Ingrid Solberg',
      agents: ['Lena (Support)', 'Omar (Support)', 'Jordan (Support)'],
      start: '2026-10-08T08:00:00Z',
      count: 47,
    }),
  },
  {
    id: '106',
    subject: 'Question about my <b>invoice</b> "><img src=x onerror="window.__olivePwned=\'subject\'">',
    status: 'open',
    customer: { name: 'Mallory Quinn', email: 'mallory.quinn@example.com' },
    messages: [
      {
        author: 'customer',
        name: 'Mallory Quinn',
        at: '2026-11-22T20:15:00Z',
        text: [
          'Hi, my invoice shows a strange line. I copied it exactly as it appears:',
          "<script>window.__olivePwned = 'script'</script>",
          `<img src=x onerror="window.__olivePwned='img'"> and <a href="javascript:window.__olivePwned='link'">click</a>`,
          "The greeting on it says {{customer.name}} instead of my name, and the footer reads \"><svg onload=window.__olivePwned='svg'>",
          'Can you send me a clean copy? It is very frustrating that I cannot forward this to my accountant.',
        ].join('\n\n'),
      },
    ],
  },
  {
    id: '107',
    subject: '注文した商品がまだ届きません',
    status: 'open',
    customer: { name: '佐藤 美咲', email: 'misaki.sato@example.jp' },
    messages: [
      {
        author: 'customer',
        name: '佐藤 美咲',
        at: '2026-11-22T02:48:00Z',
        text: [
          'お世話になっております。',
          '十日前に注文したコーヒーメーカーがまだ届いていません。追跡番号を確認しても「準備中」のままで、何度問い合わせても返事がありません。',
          '来週は母の誕生日なので、それまでに届かないなら注文を取り消して返金してください。正直とても困っていますし、がっかりしています。',
          '佐藤',
        ].join('\n\n'),
      },
    ],
  },
  {
    id: '108',
    subject: 'Thanks for sorting out my exchange',
    status: 'solved',
    customer: { name: 'Aisha Bello', email: 'aisha.bello@example.com' },
    messages: [
      {
        author: 'customer',
        name: 'Aisha Bello',
        at: '2026-11-15T15:05:00Z',
        text: 'The running shoes are half a size too small. Could I swap them for a 7.5?',
      },
      {
        author: 'agent',
        name: 'Lena (Support)',
        at: '2026-11-15T15:32:00Z',
        text: [
          'Hi Aisha,',
          "Of course. I've already reserved a pair in 7.5 for you and emailed a prepaid return label. The new pair leaves as soon as the courier scans the old one, usually the same day.",
          'Lena',
        ].join('\n\n'),
      },
      {
        author: 'customer',
        name: 'Aisha Bello',
        at: '2026-11-19T09:10:00Z',
        text: 'They arrived this morning and fit perfectly. Thanks for making it so easy!',
      },
    ],
  },
];

export function findTicket(id: string): DemoTicket | undefined {
  return tickets.find((t) => t.id === id);
}
