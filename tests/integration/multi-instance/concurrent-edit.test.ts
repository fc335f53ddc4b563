// Optimistic locking across instances: an edit names the version it was opened at; when two
// people edit the same client through different instances, the second save is refused (it would
// overwrite the first), and nothing either of them saved is lost.
import { beforeAll, describe, expect, it } from "vitest";
import type { Visitor } from "./http.mjs";
import { alerts, formWith } from "./http.mjs";
import { db, loggedIn, servers, text } from "./support";

const [A, B] = servers();

let alice: Visitor;
let bob: Visitor;
beforeAll(async () => {
  alice = (await loggedIn(A)).visitor;
  bob = (await loggedIn(B)).visitor;
});

/** A client of the first centre that no other test edits. */
async function someClient(skip: number) {
  const centre = await db.serviceCentre.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  return db.client.findFirstOrThrow({
    where: { centreId: centre.id, deletedAt: null },
    orderBy: { creditCode: "asc" },
    skip,
  });
}

async function openEditor(visitor: Visitor, base: string, id: string) {
  const url = `${base}/staff/clients/${id}/edit`;
  const { response, html } = await visitor.page(url);
  expect(response.status).toBe(200);
  return { url, form: formWith(html, "version") };
}

describe("two people editing one client through two instances", () => {
  it("the second save of the same version is refused; the first is kept; a reopened edit saves", async () => {
    const client = await someClient(0);
    const onA = await openEditor(alice, A, client.id);
    const onB = await openEditor(bob, B, client.id);

    const first = await alice.submit(onA.url, onA.form, { contactName: "Alice（A 实例）" });
    expect(first.status).toBe(303);
    expect(first.location).toContain(`/staff/clients/${client.id}`);

    const second = await bob.submit(onB.url, onB.form, { notes: "Bob 的备注（B 实例）" });
    expect(second.status).toBe(200);
    expect(alerts(second.html)).toContain(text.clientForm.staleVersion);

    let stored = await db.client.findUniqueOrThrow({ where: { id: client.id } });
    expect(stored.version).toBe(client.version + 1);
    expect(stored.contactName).toBe("Alice（A 实例）");
    expect(stored.notes).toBe(client.notes);

    // Bob reopens the editor (on the other instance this time) and saves on top of Alice's edit.
    const again = await openEditor(bob, A, client.id);
    const third = await bob.submit(again.url, again.form, { notes: "Bob 的备注（B 实例）" });
    expect(third.status).toBe(303);
    stored = await db.client.findUniqueOrThrow({ where: { id: client.id } });
    expect(stored.version).toBe(client.version + 2);
    expect(stored.contactName).toBe("Alice（A 实例）");
    expect(stored.notes).toBe("Bob 的备注（B 实例）");
  });

  it("two saves of the same version at the same moment: exactly one wins, entirely", async () => {
    const client = await someClient(1);
    const onA = await openEditor(alice, A, client.id);
    const onB = await openEditor(bob, B, client.id);

    const [fromA, fromB] = await Promise.all([
      alice.submit(onA.url, onA.form, { contactName: "同时 A", notes: "同时 A 的备注" }),
      bob.submit(onB.url, onB.form, { contactName: "同时 B", notes: "同时 B 的备注" }),
    ]);
    const statuses = [fromA.status, fromB.status].sort();
    expect(statuses).toEqual([200, 303]);
    const loser = fromA.status === 200 ? fromA : fromB;
    expect(alerts(loser.html)).toContain(text.clientForm.staleVersion);

    const winner = fromA.status === 303 ? "A" : "B";
    const stored = await db.client.findUniqueOrThrow({ where: { id: client.id } });
    expect(stored.version).toBe(client.version + 1);
    // No mixture of the two edits.
    expect(stored.contactName).toBe(`同时 ${winner}`);
    expect(stored.notes).toBe(`同时 ${winner} 的备注`);
  });
});
