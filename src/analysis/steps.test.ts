import { describe, expect, it } from 'vitest';
import { progress, replyKinds } from './steps.ts';
import { DEFAULT_STEP_IDS } from '../playbooks/types.ts';
import { defaultPlaybook } from '../playbooks/index.ts';
import type { Message } from '../ticket.ts';

/** Replies written for these tests (not taken from the evaluation corpus): each cue family once. */
const kinds = (text: string) => replyKinds(text, DEFAULT_STEP_IDS);

describe('step cue families (English)', () => {
  it('reads fixes, refunds and workarounds as a remedy, and a remedy done as a step taken', () => {
    for (const text of [
      "I've pushed a fix for this; it goes out with the next build.",
      'Fixed in 2.3.1, thanks for the report.',
      'This is now live for everyone.',
      'I refunded you this morning.',
      'Should be fine now with the latest commit.',
    ]) {
      expect({ text, kinds: kinds(text) }).toEqual({ text, kinds: expect.arrayContaining(['resolve', 'act']) });
    }
    for (const text of [
      'You can now export the report from the Share menu.',
      'Try clearing the cache and signing in again.',
      'Please grab the latest release, it should sort this out.',
      'My suggestion would be to ask the store for a refund directly.',
      "I'll send you a new charger, no need to return the old one.",
    ]) {
      expect({ text, kinds: kinds(text) }).toEqual({ text, kinds: expect.arrayContaining(['resolve']) });
    }
  });

  it('reads what the owner will do, or has done, as a step taken', () => {
    for (const text of [
      "I'll look into this tonight.",
      "I've escalated it to the billing team.",
      'The update will be released tomorrow morning.',
      'Refunds take up to five business days to reach your card.',
      'Keep holding while I connect you with my supervisor.',
    ]) {
      expect({ text, kinds: kinds(text) }).toEqual({ text, kinds: expect.arrayContaining(['act']) });
    }
  });

  it('reads sharing, confirming and owning the problem as acknowledgement', () => {
    for (const text of ['Ugh, I know the feeling.', 'I can reproduce this on my machine too.', 'That was my mistake, the wrong file went out.', 'We let you down here.']) {
      expect({ text, kinds: kinds(text) }).toEqual({ text, kinds: expect.arrayContaining(['acknowledge']) });
    }
  });

  it('reads a neutral opening or a question about their problem as listening', () => {
    for (const text of ['Hello, how can I help you today?', 'Which version of the app are you on, and what exactly happens when it fails?', 'Could you elaborate a little?']) {
      expect({ text, kinds: kinds(text) }).toEqual({ text, kinds: expect.arrayContaining(['listen']) });
    }
    expect(kinds('What would work best for you?')).not.toContain('listen');
    expect(kinds('How many times do I have to repeat this?')).not.toContain('listen');
  });

  it('reads "how we can make this right" as asking', () => {
    expect(kinds("I'm just wondering how we can make this right for you.")).toContain('ask');
  });

  it('does not count apologies taken back, rules or brush-offs', () => {
    expect(kinds("I'm sorry, but that is our policy.")).toEqual([]);
    expect(kinds('I am sorry, I cannot return this.')).toEqual([]);
    expect(kinds('Per our policy, refunds are not possible after 30 days.')).toEqual([]);
    expect(kinds('As I already explained, our policy is replacement only.')).toEqual([]);
    expect(kinds('As stated in our terms, faulty items are replaced, not refunded.')).toEqual([]);
    expect(kinds('I understand, but our policy is clear on this.')).not.toContain('acknowledge');
    expect(kinds('I am sorry, but this is a legitimate charge and I will not reverse it.')).toEqual([]);
    expect(kinds('I did this software for free, in my own time.')).toEqual([]);
    expect(kinds('We are looking into it.')).toEqual([]);
  });

  it('does not read the mistake being apologised for as a step taken', () => {
    expect(kinds("I'm sorry we sent the wrong size.")).toEqual(['apologize']);
  });
});

describe('closing a thread', () => {
  const agent = (text: string): Message => ({ author: 'agent', text });
  const customer = (text: string): Message => ({ author: 'customer', text });

  it('counts "thanks for confirming, closing as resolved" as the follow-up only after a fix', () => {
    const closing = 'Thanks for confirming, closing as resolved.';
    const fixed = progress([customer('The export button does nothing.'), agent('Fixed in 4.1.2, please update.'), customer('Works now!'), agent(closing)], defaultPlaybook);
    expect(fixed.current).toBe('complete');
    const unfixed = progress([customer('The export button does nothing.'), agent(closing)], defaultPlaybook);
    expect(unfixed.done).toEqual([]);
    expect(progress([customer('The export button does nothing.'), agent('Thanks for reporting!')], defaultPlaybook).done).toEqual([]);
  });
});

describe('step cue families (Spanish)', () => {
  it('reads Spanish replies with the Spanish cues', () => {
    expect(kinds('Lo siento mucho, ya te hemos enviado el reembolso; lo recibirás en tres días.')).toEqual(expect.arrayContaining(['apologize', 'resolve', 'act']));
    expect(kinds('¿Podrías contarme qué pasó exactamente con el pedido?')).toContain('listen');
    expect(kinds('Entiendo tu frustración, tienes toda la razón.')).toContain('acknowledge');
    expect(kinds('Prueba a reiniciar la aplicación y vuelve a entrar.')).toContain('resolve');
    expect(kinds('¿Qué te parecería justo para compensarlo?')).toContain('ask');
    expect(kinds('Mañana reviso el problema y te aviso.')).toContain('act');
    expect(kinds('¿Ya te llegó el paquete nuevo?')).toContain('follow_up');
  });

  it('does not count a Spanish apology taken back or a refusal', () => {
    expect(kinds('Lo siento, pero es nuestra política.')).not.toContain('apologize');
    expect(kinds('Según nuestra política, no hacemos reembolsos.')).toEqual([]);
  });
});
