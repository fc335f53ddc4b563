import type { ConsoleMessage, Page } from "@playwright/test";

/** Collects console errors and uncaught page errors while a test runs. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error") errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}
