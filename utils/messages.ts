/**
 * Messages between the extension's parts. Content script ⇄ popup (the page summary, revealing
 * a mention), content script → background (the badge count).
 */
import type { PageSummary } from './summary';

/** What the content script is doing on its page. */
export type LensState = 'scanning' | 'done' | 'off' | 'error';

export type Message =
  | { type: 'get-summary' }
  | { type: 'reveal'; mention: string }
  /** Open the next (1) or previous (-1) statement not true today, after the one shown last. */
  | { type: 'step'; direction: 1 | -1 }
  /** Judge the text the reader selected and show its card ("Check with Deal Lens"). */
  | { type: 'check-selection' }
  | { type: 'get-knowledge' }
  | ({ type: 'summary-changed' } & SummaryNotice);

/**
 * What the content script tells the rest of the extension when its page summary changed:
 * enough for the badge. An open popup asks for the whole summary again (`get-summary`): on a
 * page with thousands of statements, the summary is half a megabyte of JSON to serialise in
 * the page's renderer, and to parse in the background, on every change.
 */
export interface SummaryNotice {
  state: LensState;
  /** Statements on the page that no longer hold today (`PageSummary.outdated`). */
  outdated: number;
}

export interface SummaryReply {
  state: LensState;
  /** The page's site (`location.hostname`), for the popup's per-site switch. */
  hostname: string;
  summary: PageSummary;
  /** When (performance.now()) the content script started and its first scan ended, for the bench. */
  timing: ScanTiming;
}

export interface ScanTiming {
  start: number;
  /** The page had finished loading (or the wait for it ran out): the scan's own work began. */
  began: number | null;
  /** The page gate answered: the page names both companies (or not). */
  gated: number | null;
  /** The knowledge base was loaded and the lens began reading the page. */
  ready: number | null;
  /** The first scan finished reading the page (before writing anything). */
  read: number | null;
  /** The first scan's last highlight was written. */
  scanned: number | null;
  /** How many slices the first scan's writing took (each followed by a rendering update). */
  writeSlices: number;
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

/** A scan's timing, started at `start` (performance.now()), nothing else known yet. */
export function scanTiming(start: number): ScanTiming {
  return {
    start,
    began: null,
    gated: null,
    ready: null,
    read: null,
    scanned: null,
    writeSlices: 0,
  };
}
