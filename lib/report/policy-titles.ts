import type { PolicyKey } from "@/lib/engine/types";

/**
 * The nine policies' full titles in English (our translation; the Chinese title stays the one to
 * cite), so an English reader knows which document each clause is in.
 */
export const POLICY_TITLES_EN: Readonly<Record<PolicyKey, string>> = {
  biomedicine:
    "Measures of the General Office of the Hangzhou Municipal People's Government on Accelerating the High-Quality Development of the Biomedicine Industry",
  "high-end-equipment":
    "Measures of the General Office of the Hangzhou Municipal People's Government on Accelerating the High-Quality Development of High-End Equipment Manufacturing",
  "new-materials":
    "Measures of the General Office of the Hangzhou Municipal People's Government on Accelerating the High-Quality Development of the New Materials Industry",
  "green-energy":
    "Implementation Opinions of the General Office of the Hangzhou Municipal People's Government on Accelerating the High-Quality Development of the Green Energy Industry",
  "integrated-circuits":
    "Implementation Opinions of the General Office of the Hangzhou Municipal People's Government on Promoting the High-Quality Development of the Integrated Circuit Industry",
  software:
    "Hangzhou Policies for Promoting the High-Quality Development of the Software and Information Technology Services Industry",
  "artificial-intelligence":
    "Implementation Opinions of the General Office of the Hangzhou Municipal People's Government on Accelerating the Innovative Development of the Artificial Intelligence Industry",
  "visual-intelligence":
    'Implementation Opinions of the General Office of the Hangzhou Municipal People\'s Government on Building the "China Vision Valley" to a High Standard and Developing the Visual Intelligence Industry',
  "synthetic-biology":
    "Measures of the General Office of the Hangzhou Municipal People's Government on Supporting the High-Quality Development of the Synthetic Biology Industry",
};
