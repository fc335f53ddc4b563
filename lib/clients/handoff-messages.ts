/** What the browser needs of a self-check hand-off (lib/clients/handoff.ts), without the rules. */

/** The largest exported file read; a profile is a few kilobytes. */
export const MAX_HANDOFF_FILE_BYTES = 256_000;

export type HandoffFailure =
  "empty" | "too-large" | "not-json" | "not-profile" | "not-link" | "link-broken" | "invalid";

/** What went wrong, for staff, in their language (the problems listed by label, never by key). */
export const HANDOFF_MESSAGES: Record<HandoffFailure, { zh: string; en: string }> = {
  empty: {
    zh: "请上传自测导出的文件，或粘贴分享链接。",
    en: "Upload the exported self-check file or paste its share link.",
  },
  "too-large": {
    zh: "文件过大，不是自测导出的文件（上限 250 KB）。",
    en: "The file is too large to be a self-check export (limit 250 KB).",
  },
  "not-json": {
    zh: "文件无法读取：不是自测导出的 JSON 文件。",
    en: "The file cannot be read: it is not a JSON file exported by the self-check.",
  },
  "not-profile": {
    zh: "文件中没有企业自测信息。",
    en: "The file holds no self-check profile.",
  },
  "not-link": {
    zh: "这不是自测的分享链接（链接中应含“#p=”）。",
    en: "This is not a self-check share link (it should contain “#p=”).",
  },
  "link-broken": {
    zh: "分享链接已损坏或不完整，请企业重新复制链接。",
    en: "The share link is damaged or incomplete; ask the enterprise to copy it again.",
  },
  invalid: {
    zh: "自测信息有误，未导入：",
    en: "The self-check has errors and was not imported:",
  },
};
