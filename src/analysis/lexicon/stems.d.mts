export function stemsOf(word: string): string[];
export function lookupValence(map: { get(word: string): number | undefined }, word: string): number | undefined;
