export const FIREFOX_INSTALL: string;
export function firefoxPath(): string | null;
