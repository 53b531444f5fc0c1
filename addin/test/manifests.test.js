// Both manifests: well-formed XML with the elements Office requires, in the order its schemas require.
// No official offline validator exists; these checks follow the OfficeApp and VersionOverrides schemas.
import {existsSync, readFileSync} from "node:fs";
import {DOMParser} from "@xmldom/xmldom";
import {describe, expect, it} from "vitest";

const ORIGIN = "__ORIGIN__";

function load(name) {
  const text = readFileSync(new URL(`../../manifest/${name}`, import.meta.url), "utf8");
  const errors = [];
  const doc = new DOMParser({onError: (level, message) => errors.push(`${level}: ${message}`)}).parseFromString(text, "text/xml");
  return {text, doc, errors};
}

const children = (node) => Array.from(node.childNodes).filter((n) => n.nodeType === 1);
const child = (node, name) => children(node).find((n) => n.localName === name);
const all = (doc, name) => Array.from(doc.getElementsByTagName("*")).filter((n) => n.localName === name);

// Child element names must follow order (a schema sequence); every name in required must be there.
function expectSequence(node, order, required = order) {
  const names = children(node).map((n) => n.localName);
  for (const name of names) expect(order, `unexpected <${name}> in <${node.localName}>`).toContain(name);
  const positions = names.map((n) => order.indexOf(n));
  expect(positions, `children of <${node.localName}> out of order: ${names.join(", ")}`).toEqual([...positions].sort((a, b) => a - b));
  for (const name of required) expect(names, `<${node.localName}> lacks <${name}>`).toContain(name);
}

const BASE_ORDER = ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
  "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings",
  "SourceLocation", "FormSettings", "Permissions", "Rule", "DisableEntityHighlighting", "Dictionary", "VersionOverrides"];
const BASE_REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "SupportUrl", "Hosts", "Permissions", "VersionOverrides"];

function expectResourcesResolve(doc) {
  const defined = new Set(all(doc, "Resources").flatMap((r) => Array.from(r.getElementsByTagName("*"))).map((n) => n.getAttribute("id")).filter(Boolean));
  for (const node of Array.from(doc.getElementsByTagName("*")).filter((n) => n.hasAttribute("resid"))) {
    expect(defined, `resid ${node.getAttribute("resid")}`).toContain(node.getAttribute("resid"));
  }
}

function expectUrlsServedByVermeld(text) {
  // Attribute values and element text only; comments may mention the placeholder.
  const urls = [...text.matchAll(/(?:="|>)(__ORIGIN__[^"<]*)/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(3);
  for (const url of urls) {
    if (url === ORIGIN) continue;
    expect(url).toMatch(/^__ORIGIN__\/addin\//);
    expect(existsSync(new URL(`../public/${url.slice(`${ORIGIN}/addin/`.length)}`, import.meta.url)), url).toBe(true);
  }
  expect(text).not.toMatch(/https?:\/\/localhost/);
}

describe.each(["outlook.xml", "word.xml"])("manifest/%s", (name) => {
  const {text, doc, errors} = load(name);

  it("is well-formed XML", () => {
    expect(errors).toEqual([]);
  });

  it("references only defined resources and files the service serves", () => {
    expectResourcesResolve(doc);
    expectUrlsServedByVermeld(text);
  });
});

describe("manifest/outlook.xml", () => {
  const {doc} = load("outlook.xml");
  const root = doc.documentElement;

  it("is a MailApp with the base elements in schema order", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.getAttribute("xsi:type")).toBe("MailApp");
    expectSequence(root, BASE_ORDER, [...BASE_REQUIRED, "FormSettings", "Rule"]);
  });

  it("has VersionOverrides 1.1 inside 1.0, with a Mailbox requirement for Smart Alerts", () => {
    const outer = child(root, "VersionOverrides");
    expect(outer.getAttribute("xsi:type")).toBe("VersionOverridesV1_0");
    const inner = child(outer, "VersionOverrides");
    expect(inner.getAttribute("xsi:type")).toBe("VersionOverridesV1_1");
    expect(inner.getAttribute("xmlns")).toBe("http://schemas.microsoft.com/office/mailappversionoverrides/1.1");
    expectSequence(inner, ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins",
      "ExtendedPermissions"], ["Requirements", "Hosts", "Resources", "ExtendedPermissions"]);
    const sets = child(child(inner, "Requirements"), "Sets");
    expect(Number(sets.getAttribute("DefaultMinVersion"))).toBeGreaterThanOrEqual(1.12);
    expect(child(sets, "Set").getAttribute("Name")).toBe("Mailbox");
    const host = child(child(inner, "Hosts"), "Host");
    expectSequence(host, ["Runtimes", "DesktopFormFactor", "MobileFormFactor"], ["Runtimes", "DesktopFormFactor"]);
  });

  it("declares the AppendOnSend permission", () => {
    expect(all(doc, "ExtendedPermission").map((n) => n.textContent.trim())).toEqual(["AppendOnSend"]);
  });

  it("has a compose task pane button whose id the send handler offers as commandId", () => {
    const surface = all(doc, "ExtensionPoint").find((n) => n.getAttribute("xsi:type") === "MessageComposeCommandSurface");
    const button = all(surface, "Control").find((n) => n.getAttribute("xsi:type") === "Button");
    expect(child(button, "Action").getAttribute("xsi:type")).toBe("ShowTaskpane");
    expectSequence(button, ["Label", "Supertip", "Icon", "Action"]);
    const launchEvent = readFileSync(new URL("../public/launchevent.js", import.meta.url), "utf8");
    expect(launchEvent).toContain(`PANE_COMMAND_ID = "${button.getAttribute("id")}"`);
  });

  it("launches on OnNewMessageCompose and OnMessageSend (SoftBlock) with handlers the script associates", () => {
    const point = all(doc, "ExtensionPoint").find((n) => n.getAttribute("xsi:type") === "LaunchEvent");
    expectSequence(point, ["LaunchEvents", "SourceLocation"]);
    const events = Object.fromEntries(all(point, "LaunchEvent").map((n) => [n.getAttribute("Type"), n]));
    expect(Object.keys(events).sort()).toEqual(["OnMessageSend", "OnNewMessageCompose"]);
    expect(events.OnMessageSend.getAttribute("SendMode")).toBe("SoftBlock");
    const launchEvent = readFileSync(new URL("../public/launchevent.js", import.meta.url), "utf8");
    for (const node of Object.values(events)) {
      expect(launchEvent).toContain(`Office.actions.associate("${node.getAttribute("FunctionName")}"`);
    }
  });

  it("points the event runtime at launchevent.html with the JavaScript override launchevent.js", () => {
    const runtime = all(doc, "Runtime")[0];
    const override = child(runtime, "Override");
    expect(override.getAttribute("type")).toBe("javascript");
    const urls = Object.fromEntries(all(doc, "Url").map((n) => [n.getAttribute("id"), n.getAttribute("DefaultValue")]));
    expect(urls[runtime.getAttribute("resid")]).toBe("__ORIGIN__/addin/launchevent.html");
    expect(urls[override.getAttribute("resid")]).toBe("__ORIGIN__/addin/launchevent.js");
  });
});

describe("manifest/word.xml", () => {
  const {doc} = load("word.xml");
  const root = doc.documentElement;

  it("is a TaskPaneApp for Word with the base elements in schema order", () => {
    expect(root.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expectSequence(root, BASE_ORDER, [...BASE_REQUIRED, "DefaultSettings"]);
    expect(all(child(root, "Hosts"), "Host").map((h) => h.getAttribute("Name"))).toEqual(["Document"]);
  });

  it("has a ribbon button that shows the task pane", () => {
    const overrides = child(root, "VersionOverrides");
    expect(overrides.getAttribute("xsi:type")).toBe("VersionOverridesV1_0");
    expectSequence(overrides, ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo"], ["Hosts", "Resources"]);
    const host = child(child(overrides, "Hosts"), "Host");
    expect(host.getAttribute("xsi:type")).toBe("Document");
    const form = child(host, "DesktopFormFactor");
    expectSequence(form, ["GetStarted", "FunctionFile", "ExtensionPoint"], ["ExtensionPoint"]);
    const action = all(form, "Action")[0];
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
    expectSequence(action, ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning"], ["SourceLocation"]);
  });
});

describe("the order check itself", () => {
  it("rejects swapped elements", () => {
    const doc = new DOMParser().parseFromString("<OfficeApp><Version/><Id/></OfficeApp>", "text/xml");
    expect(() => expectSequence(doc.documentElement, ["Id", "Version"])).toThrow();
  });
});
