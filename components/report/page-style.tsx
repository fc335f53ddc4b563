/** A CSS string literal: quotes, backslashes, line breaks and "<" escaped (safe inside <style>). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `)}"`;
}

/** "第 {page} 页 / 共 {pages} 页" → `"第 " counter(page) " 页 / 共 " counter(pages) " 页"`. */
export function pageCounter(template: string): string {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) =>
      part === "{page}" ? "counter(page)" : part === "{pages}" ? "counter(pages)" : cssString(part),
    )
    .join(" ");
}

/**
 * The printed page: A4 with office-printer margins, the enterprise and the title at the top and
 * "第 x 页 / 共 y 页" at the bottom of every page (CSS paged-media margin boxes, Chromium 131+).
 */
export function PageStyle({
  enterprise,
  title,
  pageTemplate,
}: {
  enterprise: string;
  title: string;
  pageTemplate: string;
}) {
  const box = "font-size: 8pt; color: #000; font-family: inherit;";
  const css = `@page {
  size: A4;
  margin: 20mm 16mm 18mm 16mm;
  @top-left { content: ${cssString(enterprise)}; ${box} }
  @top-right { content: ${cssString(title)}; ${box} }
  @bottom-center { content: ${pageCounter(pageTemplate)}; ${box} }
}`;
  return <style>{css}</style>;
}
