import { describe, expect, it } from 'vitest';
import { CUSTOM_SCRIPT_ID, customOrigins, customScriptId, originPattern, planCustomScript } from './custom-origins.ts';

describe('custom helpdesk origins', () => {
  it('turns what an agent types into an origin pattern', () => {
    expect(originPattern('support.example.com')).toBe('https://support.example.com/*');
    expect(originPattern('http://rt.intra.example:8080/Ticket/Display.html?id=4')).toBe('http://rt.intra.example/*');
    expect(originPattern('  https://help.example.org/zammad/#ticket/zoom/1 ')).toBe('https://help.example.org/*');
  });

  it('refuses what cannot be a helpdesk origin', () => {
    for (const bad of ['', 'ftp://files.example.com', 'javascript:alert(1)', 'https://*.example.com', 'https://user:pw@example.com', 'http://']) {
      expect(originPattern(bad), bad).toBeNull();
    }
  });

  it('counts only origins the agent granted beyond the manifest', () => {
    const declared = ['https://*.zendesk.com/*', 'http://127.0.0.1/*'];
    expect(customOrigins(['https://*.zendesk.com/*', 'https://help.example.org/*', '<all_urls>'], declared)).toEqual(['https://help.example.org/*']);
  });
});

describe('the registered content script follows the granted origins', () => {
  const js = ['assets/loader.js'];
  const reader = { js };

  it('registers for a first custom origin', () => {
    expect(planCustomScript(['https://a.example/*'], reader, null)).toEqual({
      action: 'register',
      script: { id: CUSTOM_SCRIPT_ID, matches: ['https://a.example/*'], js, runAt: 'document_idle', world: 'ISOLATED' },
    });
  });

  it('registers the editor bridge in the page world under its own id', () => {
    const plan = planCustomScript(['https://a.example/*'], { js: ['main.js'], world: 'MAIN' }, null);
    expect(plan).toMatchObject({ action: 'register', script: { id: customScriptId('MAIN'), world: 'MAIN', js: ['main.js'] } });
    expect(customScriptId('MAIN')).not.toBe(customScriptId('ISOLATED'));
  });

  it('updates when the set changes and leaves it alone when it does not', () => {
    expect(planCustomScript(['https://a.example/*', 'https://b.example/*'], reader, ['https://a.example/*']).action).toBe('update');
    expect(planCustomScript(['https://a.example/*'], reader, ['https://a.example/*']).action).toBe('none');
  });

  it('unregisters when the last origin is revoked', () => {
    expect(planCustomScript([], reader, ['https://a.example/*'])).toEqual({ action: 'unregister' });
    expect(planCustomScript([], reader, null)).toEqual({ action: 'none' });
  });
});
