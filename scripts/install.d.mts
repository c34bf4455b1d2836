export interface Machine {
  root: boolean;
  apt: boolean;
  install: (packages: string[]) => void;
}
export function aptCommand(packages: string[], options?: { root?: boolean }): string;
export function ensure(name: string, found: () => boolean, packages: string[], envVar: string, machine?: Machine): void;
export function orExit<T>(step: () => T): T;
export function ensureChromium(): string;
export function ensureFirefox(): string;
