// A small HTTP client for the staff workspace without a browser: a cookie jar, and forms sent the
// way a browser without JavaScript sends them (Next.js renders every server-action form so that
// it works without JavaScript: a multipart POST of the form's fields, hidden action fields
// included, answered by a redirect or by the page with the action's result).

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the HTML entities React writes in attribute values and text. */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code) => {
    if (code[0] === "#") {
      const n =
        code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return String.fromCodePoint(n);
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function attributes(tag) {
  const attrs = {};
  for (const m of tag.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g)) {
    if (m[1].startsWith("<")) continue;
    attrs[m[1]] = m[2] === undefined ? "" : decodeEntities(m[2]);
  }
  return attrs;
}

/**
 * The fields of each <form> of a page, as a browser would submit them: [{ action, fields, html }],
 * fields being [name, value] pairs (hidden inputs, text inputs, checked boxes, textareas,
 * selected options). Submit buttons are left out.
 */
export function parseForms(html) {
  const forms = [];
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/g)) {
    const open = attributes(form.match(/<form\b[^>]*>/)[0]);
    const fields = [];
    for (const m of form.matchAll(/<(input|textarea|select)\b([^>]*)>(?:([\s\S]*?)<\/\1>)?/g)) {
      const [, kind, rawAttrs, inner = ""] = m;
      const a = attributes(`<${kind} ${rawAttrs}>`);
      if (!a.name || "disabled" in a) continue;
      if (kind === "input") {
        const type = (a.type ?? "text").toLowerCase();
        if (["submit", "button", "image", "reset", "file"].includes(type)) continue;
        if ((type === "checkbox" || type === "radio") && !("checked" in a)) continue;
        fields.push([a.name, a.value ?? (type === "checkbox" ? "on" : "")]);
      } else if (kind === "textarea") {
        fields.push([a.name, decodeEntities(inner.replace(/^\n/, ""))]);
      } else {
        const options = [...inner.matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/g)].map((o) => {
          const oa = attributes(`<option ${o[1]}>`);
          return { value: oa.value ?? decodeEntities(o[2]), selected: "selected" in oa };
        });
        const chosen = options.find((o) => o.selected) ?? options[0];
        if (chosen) fields.push([a.name, chosen.value]);
      }
    }
    forms.push({ action: open.action ?? "", fields, html: form });
  }
  return forms;
}

/**
 * The text of the page's rendered alerts (role="alert"): what a form said after a submission.
 * (The page also carries every message of its client components in its data, so searching the
 * whole page for a message proves nothing.)
 */
export function alerts(html) {
  return [...html.matchAll(/<(\w+)\b[^>]*\brole="alert"[^>]*>([\s\S]*?)<\/\1>/g)]
    .map((m) => decodeEntities(m[2].replace(/<[^>]*>/g, "")).trim())
    .filter(Boolean);
}

/** The first form of a page that has a field named `name`. */
export function formWith(html, name) {
  const form = parseForms(html).find((f) => f.fields.some(([n]) => n === name));
  if (!form) throw new Error(`no form with a field "${name}" on the page`);
  return form;
}

/** A visitor: one cookie jar, any of the instances (cookies are per host, not per port). */
export class Visitor {
  constructor(headers = {}) {
    this.cookies = new Map();
    this.headers = headers;
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  remember(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async fetch(url, init = {}) {
    const headers = { ...this.headers, ...(init.headers ?? {}) };
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    const response = await fetch(url, { redirect: "manual", ...init, headers });
    this.remember(response);
    return response;
  }

  async page(url) {
    const response = await this.fetch(url);
    return { response, html: await response.text() };
  }

  /**
   * Sends a form as a browser without JavaScript does: `form` from formWith(), `changes` replace
   * (or add) fields. Answers { status, location, html }.
   */
  async submit(pageUrl, form, changes = {}) {
    const body = new FormData();
    const seen = new Set();
    for (const [name, value] of form.fields) {
      if (name in changes) {
        if (!seen.has(name)) body.append(name, String(changes[name]));
        seen.add(name);
      } else {
        body.append(name, value);
      }
    }
    for (const [name, value] of Object.entries(changes))
      if (!seen.has(name)) body.append(name, String(value));
    const target = new URL(form.action || pageUrl, pageUrl);
    const response = await this.fetch(target, {
      method: "POST",
      body,
      headers: { origin: target.origin },
    });
    return {
      status: response.status,
      location: response.headers.get("location"),
      html: await response.text(),
    };
  }
}
