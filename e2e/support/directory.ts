import type { Page } from "playwright-core";

/**
 * Types a query into the directory search and waits until the results shown are the answer to
 * that query: the page debounces typing and keeps the previous answer on screen while the next
 * one loads, so the test waits for the API's answer and then for the list to settle.
 */
export async function searchDirectory(page: Page, query: string) {
  const answered = page.waitForResponse((response) => {
    const url = new URL(response.url());
    return /\/api\/v1\/(products|organizations)$/.test(url.pathname) && url.searchParams.get("q") === query;
  });
  await page.getByTestId("directory-search").fill(query);
  await answered;
  await page.waitForFunction(() => document.querySelector('[data-testid="search-results"]')?.getAttribute("aria-busy") === "false");
}

/** The names on the result cards, in order. */
export async function resultNames(page: Page, kind: "product" | "organization"): Promise<string[]> {
  return page.getByTestId(`${kind}-card-name`).allTextContents();
}
