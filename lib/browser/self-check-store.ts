import { useCallback, useSyncExternalStore } from "react";
import { isRoundYear } from "@/lib/engine/round";
import { isIsoDate } from "@/lib/engine/validity";
import { currentRound, roundOn } from "@/lib/rounds";
import { dropUnknownKeys } from "@/lib/profile/load";
import type { JsonObject } from "./json-path";
import { STORAGE_KEY } from "./self-check-key";

export { STORAGE_KEY };

/** A profile as typed so far: plain JSON shaped like ProfileInput, possibly with invalid values. */
export type ProfileDraft = JsonObject;

export type SelfCheckState = {
  readonly profile: ProfileDraft;
  /** The application round (申报年度), e.g. 2027 for the events of 2026. */
  readonly round: number;
  /** The wizard step the user is on ("start", "enterprise", "biomedicine"…). */
  readonly step: string;
};

export const START_STEP = "start";

export function emptyProfile(): ProfileDraft {
  return { version: 1, enterprise: { industries: [], roles: ["enterprise"] } };
}

export function initialState(round = currentRound().year): SelfCheckState {
  return { profile: emptyProfile(), round, step: START_STEP };
}

/** The stored round; work saved before rounds existed kept a date, which picks its round. */
function storedRound(v: JsonObject): number {
  if (isRoundYear(v.round)) return v.round;
  if (typeof v.asOf === "string" && isIsoDate(v.asOf)) return roundOn(v.asOf).year;
  return currentRound().year;
}

const isObject = (v: unknown): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads what was stored; anything unreadable counts as nothing stored. */
export function decodeState(raw: string | null): SelfCheckState | null {
  if (!raw) return null;
  try {
    const v: unknown = JSON.parse(raw);
    if (!isObject(v) || !isObject(v.profile)) return null;
    return {
      // Work saved by an older version may hold keys this one no longer asks: drop them, so that
      // the form does not refuse what it cannot show.
      profile: dropUnknownKeys(v.profile).value as ProfileDraft,
      round: storedRound(v),
      step: typeof v.step === "string" ? v.step : START_STEP,
    };
  } catch {
    return null;
  }
}

type Listener = () => void;
const listeners = new Set<Listener>();
let current: SelfCheckState | null = null;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // disabled storage: the state lives in memory for this tab
  }
}

function load(): SelfCheckState {
  // Nothing stored: the very state the server rendered, so hydration is not followed by a render
  // of an equal state, and the page knows it is a first visit (isServerState).
  current ??= decodeState(storage()?.getItem(STORAGE_KEY) ?? null) ?? freshState();
  return current;
}

function emit() {
  for (const l of listeners) l();
}

function onStorage(e: StorageEvent) {
  if (e.key !== STORAGE_KEY) return;
  current = decodeState(e.newValue) ?? initialState();
  emit();
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("storage", onStorage);
  };
}

/** Replaces the state and writes it through to localStorage at once (a closed tab loses nothing). */
export function saveState(next: SelfCheckState): void {
  current = next;
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Quota exceeded or storage disabled: keep working from memory.
  }
  emit();
}

export function clearState(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // ignore
  }
  current = initialState();
  emit();
}

const freshStates = new Map<number, SelfCheckState>();

/** A fresh self-check for today's round, the same object on every call (a server snapshot). */
function freshState(): SelfCheckState {
  const year = currentRound().year;
  let state = freshStates.get(year);
  if (!state) freshStates.set(year, (state = initialState(year)));
  return state;
}

/** Whether `state` is the fresh self-check the server rendered (not yet the stored one). */
export const isServerState = (state: SelfCheckState) => freshStates.get(state.round) === state;

/**
 * The stored self-check, and an updater that saves on every change. While rendering on the server
 * and hydrating, the state is null (the page shows a placeholder, then the stored work) or, with
 * `freshOnServer`, a fresh self-check: what a first visit sees, so that its page does not move
 * when the stored work (none) is read.
 */
export function useSelfCheck(options: {
  freshOnServer: true;
}): readonly [SelfCheckState, (change: (s: SelfCheckState) => SelfCheckState) => void];
export function useSelfCheck(options?: {
  freshOnServer?: false;
}): readonly [SelfCheckState | null, (change: (s: SelfCheckState) => SelfCheckState) => void];
export function useSelfCheck({ freshOnServer = false }: { freshOnServer?: boolean } = {}) {
  const state = useSyncExternalStore(subscribe, load, freshOnServer ? freshState : () => null);
  const update = useCallback(
    (change: (s: SelfCheckState) => SelfCheckState) => saveState(change(load())),
    [],
  );
  return [state, update] as const;
}
