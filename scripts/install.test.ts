import { describe, expect, it, vi } from 'vitest';
import { aptCommand, ensure } from './install.mjs';

const debianRoot = (install = vi.fn()) => ({ root: true, apt: true, install });

describe('set-up shared by npm start and npm test', () => {
  it('installs a missing program from Debian as root, then finds it', () => {
    let present = false;
    const install = vi.fn(() => {
      present = true;
    });
    ensure('Chromium', () => present, ['chromium'], 'CHROME_PATH', debianRoot(install));
    expect(install).toHaveBeenCalledWith(['chromium']);
  });

  it('installs nothing when the program is there', () => {
    const install = vi.fn();
    ensure('Chromium', () => true, ['chromium'], 'CHROME_PATH', debianRoot(install));
    expect(install).not.toHaveBeenCalled();
  });

  it('stops with the exact sudo command when it is not root', () => {
    const install = vi.fn();
    expect(() => ensure('Chromium', () => false, ['chromium'], 'CHROME_PATH', { root: false, apt: true, install })).toThrow(
      'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium',
    );
    expect(install).not.toHaveBeenCalled();
  });

  it('stops with the command and the variable to set where there is no apt-get', () => {
    expect(() => ensure('Firefox', () => false, ['firefox-esr'], 'FIREFOX_PATH', { root: true, apt: false, install: vi.fn() })).toThrow(
      /has no apt-get[\s\S]*apt-get install -y --no-install-recommends firefox-esr[\s\S]*FIREFOX_PATH/,
    );
  });

  it('says so when the install fails or leaves the program missing', () => {
    const broken = () => {
      throw new Error('E: Unable to locate package');
    };
    expect(() => ensure('Chromium', () => false, ['chromium'], 'CHROME_PATH', debianRoot(vi.fn(broken)))).toThrow('Installing Chromium failed');
    expect(() => ensure('Chromium', () => false, ['chromium'], 'CHROME_PATH', debianRoot())).toThrow('still missing');
  });

  it('writes the root command without sudo', () => {
    expect(aptCommand(['a', 'b'], { root: true })).toBe('apt-get update && apt-get install -y --no-install-recommends a b');
  });
});
