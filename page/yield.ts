/** Work per slice before yielding to the page, well under the 50 ms of a long task. */
export const SLICE_MS = 8;

/** Yields the main thread so the page stays responsive between slices of our work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
