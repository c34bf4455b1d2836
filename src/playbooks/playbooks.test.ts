import { describe, expect, it } from 'vitest';
import { DEFAULT_STEP_IDS, defaultPlaybook, getPlaybook, playbooks } from './index.ts';
import { es } from './locales/es.ts';

describe('playbooks', () => {
  it('offers the seven-step default and the four published models, step titles in order', () => {
    const titles = Object.fromEntries(playbooks.map((p) => [p.id, p.steps.map((s) => s.title)]));
    expect(titles).toEqual({
      recovery: ['Listen', 'Acknowledge', 'Apologize', "Ask what's fair", 'Offer a remedy', 'Act and inform', 'Follow up'],
      heard: ['Hear', 'Empathize', 'Apologize', 'Resolve', 'Diagnose'],
      last: ['Listen', 'Apologise', 'Solve', 'Thank'],
      leap: ['Listen', 'Empathise', 'Apologise', 'Problem-solve'],
      learn: ['Listen', 'Empathise', 'Apologise', 'Resolve', 'Notify'],
    });
  });

  it('uses the method step ids for the default playbook', () => {
    expect(defaultPlaybook.steps.map((s) => s.id)).toEqual([...DEFAULT_STEP_IDS]);
    expect(defaultPlaybook.steps.every((s) => s.id === s.kind)).toBe(true);
  });

  it('gives every step a goal, a why, dos, donts and a known kind, with unique ids per playbook', () => {
    for (const p of playbooks) {
      expect(new Set(p.steps.map((s) => s.id)).size).toBe(p.steps.length);
      // Recognition maps kinds back to steps, so a kind may appear only once per playbook.
      expect(new Set(p.steps.map((s) => s.kind)).size).toBe(p.steps.length);
      for (const s of p.steps) {
        expect(DEFAULT_STEP_IDS).toContain(s.kind);
        expect(s.goal.length).toBeGreaterThan(10);
        expect(s.why.length).toBeGreaterThan(10);
        expect(s.dos.length).toBeGreaterThan(0);
        expect(s.donts.length).toBeGreaterThan(0);
      }
      // Steps follow the default method's order, so "the furthest step done" means the same thing everywhere.
      const order = p.steps.map((s) => DEFAULT_STEP_IDS.indexOf(s.kind));
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
  });

  it('finds a playbook by id and falls back to the default for unknown ids', () => {
    expect(getPlaybook('leap').name).toBe('LEAP');
    expect(getPlaybook('no-such-playbook')).toBe(defaultPlaybook);
    expect(getPlaybook('')).toBe(defaultPlaybook);
  });

  it('has a complete Spanish translation of every playbook: every step, no extras, as many dos and donts as English', () => {
    expect(Object.keys(es).sort()).toEqual(playbooks.map((p) => p.id).sort());
    for (const p of playbooks) {
      const words = es[p.id]!;
      expect(words.name.trim()).not.toBe('');
      expect(Object.keys(words.steps).sort()).toEqual(p.steps.map((s) => s.id).sort());
      for (const s of p.steps) {
        const t = words.steps[s.id]!;
        for (const text of [t.title, t.goal, t.why, ...t.dos, ...t.donts]) expect(text.trim()).not.toBe('');
        expect(t.dos.length).toBe(s.dos.length);
        expect(t.donts.length).toBe(s.donts.length);
      }
    }
  });

  it('keeps the model acronyms as playbook names in Spanish and translates the default name', () => {
    expect(Object.fromEntries(playbooks.map((p) => [p.id, getPlaybook(p.id, 'es').name]))).toEqual({
      recovery: 'Recuperación en siete pasos',
      heard: 'HEARD',
      last: 'LAST',
      leap: 'LEAP',
      learn: 'LEARN',
    });
  });

  it('gives the default playbook in Spanish with the same ids and kinds, as the same object every time', () => {
    const spanish = getPlaybook('recovery', 'es');
    expect(spanish.steps.map((s) => s.title)).toEqual([
      'Escuchar',
      'Reconocer',
      'Disculparse',
      'Preguntar qué es justo',
      'Ofrecer una solución',
      'Actuar e informar',
      'Hacer seguimiento',
    ]);
    expect(spanish.steps.map((s) => s.id)).toEqual(defaultPlaybook.steps.map((s) => s.id));
    expect(spanish.steps.map((s) => s.kind)).toEqual(defaultPlaybook.steps.map((s) => s.kind));
    expect(spanish.id).toBe(defaultPlaybook.id);
    // The UI compares playbooks by identity.
    expect(getPlaybook('recovery', 'es')).toBe(spanish);
  });

  it('uses Spanish for regional variants and English for untranslated languages', () => {
    expect(getPlaybook('recovery', 'es-MX')).toBe(getPlaybook('recovery', 'es'));
    expect(getPlaybook('recovery', 'es-MX').steps[0]!.title).toBe('Escuchar');
    expect(getPlaybook('recovery', 'fr')).toBe(defaultPlaybook);
  });
});
