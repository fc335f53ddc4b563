/** A phrase in both interface languages; Chinese is primary. */
export type Text = { readonly zh: string; readonly en: string };

export type Lang = "zh" | "en";

export const t = (zh: string, en: string): Text => ({ zh, en });
