import { describe, expect, it } from "vitest";
import { firstNameOf, ticketKey } from "./ticket.ts";

describe("ticket", () => {
  it("keys tickets by origin and id", () => {
    expect(ticketKey({ url: "https://a.zendesk.com/agent/tickets/5", id: "5" })).toBe("https://a.zendesk.com#5");
    expect(ticketKey({ url: "https://b.zendesk.com/agent/tickets/5", id: "5" })).not.toBe(ticketKey({ url: "https://a.zendesk.com/x", id: "5" }));
  });
  it("finds a first name and skips honorifics and addresses", () => {
    expect(firstNameOf("Mr. Arthur Jones")).toBe("Arthur");
    expect(firstNameOf("jane@example.com")).toBeUndefined();
    expect(firstNameOf("  ")).toBeUndefined();
  });
});
