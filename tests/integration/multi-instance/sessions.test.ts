// A session is a row in the shared database: whichever instance created it, any instance
// accepts it, and ending it on one ends it everywhere.
import { describe, expect, it } from "vitest";
import { parseForms } from "./http.mjs";
import { db, login, loggedIn, newStaff, newVisitor, servers, text } from "./support";

const [A, B] = servers();

describe("sessions across two instances", () => {
  it("a session created on one instance is valid on the other", async () => {
    const staff = await newStaff();
    const visitor = newVisitor();
    const reply = await login(visitor, A, staff.email, staff.password);
    expect(reply.status).toBe(303);
    expect(visitor.cookies.size).toBeGreaterThan(0);

    const onB = await visitor.fetch(`${B}/api/staff/session`);
    expect(onB.status).toBe(200);
    expect(await onB.json()).toMatchObject({ email: staff.email, role: "staff" });
    // The workspace page itself, not only the API.
    const page = await visitor.fetch(`${B}/staff`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(text.nav.logout);
  });

  it("without the cookie neither instance knows the visitor", async () => {
    for (const base of [A, B]) {
      expect((await newVisitor().fetch(`${base}/api/staff/session`)).status).toBe(401);
    }
  });

  it("logging out on one instance ends the session on the other", async () => {
    const { visitor, staff } = await loggedIn(B);
    expect((await visitor.fetch(`${A}/api/staff/session`)).status).toBe(200);
    const before = await db.session.count({ where: { user: { email: staff.email } } });
    expect(before).toBe(1);

    const cookie = visitor.cookieHeader();
    const { html } = await visitor.page(`${A}/staff`);
    const logout = parseForms(html).find((form) => form.html.includes(text.nav.logout));
    expect(logout, "the logout form").toBeDefined();
    const reply = await visitor.submit(`${A}/staff`, logout!);
    expect(reply.status).toBe(303);

    // Even the old cookie, replayed on the other instance, is refused.
    const replay = await fetch(`${B}/api/staff/session`, { headers: { cookie } });
    expect(replay.status).toBe(401);
    expect(await db.session.count({ where: { user: { email: staff.email } } })).toBe(0);
  });
});
