// Types for facts-sheet.mjs, for the unit test that keeps docs/facts.md in step with the data.
export function factsSheet(deal: unknown): string;
