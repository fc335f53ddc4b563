import { API_BASE, type Endpoint } from "./endpoints";
import { EXAMPLE_EVALUATE_REQUEST } from "./example";

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** A copy-and-paste curl command for an endpoint on `origin`. */
export function curlExample(endpoint: Endpoint, origin: string): string {
  const url = quote(`${origin}${API_BASE}${endpoint.example}`);
  if (endpoint.method === "GET") return `curl ${url}`;
  return [
    `curl -X POST ${url}`,
    `  -H 'Content-Type: application/json'`,
    `  -H 'Accept-Language: zh-CN'`,
    `  -d ${quote(JSON.stringify(EXAMPLE_EVALUATE_REQUEST))}`,
  ].join(" \\\n");
}
