// `npm run package`: builds, then writes the two store zips. Reads them back with a minimal zip
// reader and checks them against the unpacked builds and the manifest rules of issue 2.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { crc32, gzipSync, inflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");
const DIST = join(ROOT, "dist");

/** Entries of a zip file, from its central directory. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const packedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const packed = zip.subarray(dataStart, dataStart + packedSize);
    const data = method === 8 ? inflateRawSync(packed) : packed;
    expect(crc32(data), name).toBe(crc);
    files.set(name, data);
    at += 46 + nameLength + extra;
  }
  return files;
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

describe("npm run package", () => {
  beforeAll(() => {
    execFileSync("npm", ["run", "package"], { cwd: ROOT, stdio: "pipe" });
  }, 120_000);

  describe.each(["chrome", "firefox"])("%s", (target) => {
    const manifest = () => JSON.parse(readFileSync(join(DIST, target, "manifest.json"), "utf8"));

    it("zips exactly the unpacked build, byte for byte", () => {
      const zip = readZip(readFileSync(join(DIST, `newsmark-${target}.zip`)));
      const files = filesOf(join(DIST, target));
      expect([...zip.keys()].sort()).toEqual(files);
      for (const f of files) expect(zip.get(f)!.equals(readFileSync(join(DIST, target, f))), f).toBe(true);
    });

    it("asks for activeTab, scripting and storage only, with no host permissions", () => {
      const m = manifest();
      expect(m.permissions).toEqual(["activeTab", "scripting", "storage"]);
      expect(m.host_permissions).toBeUndefined();
      expect(JSON.stringify(m.content_scripts ?? [])).not.toMatch(/matches/);
    });

    it("ships the content script as one classic script", () => {
      expect(readFileSync(join(DIST, target, "content.js"), "utf8")).not.toMatch(/^\s*(import|export)\b/m);
    });

    it("keeps the content script, page stages included, within 40 KB gzipped (the text stages run in the background)", () => {
      expect(gzipSync(readFileSync(join(DIST, target, "content.js")), { level: 9 }).length).toBeLessThanOrEqual(40 * 1024);
    });
  });

  it("gives each browser its own background", () => {
    const chrome = JSON.parse(readFileSync(join(DIST, "chrome/manifest.json"), "utf8"));
    const firefox = JSON.parse(readFileSync(join(DIST, "firefox/manifest.json"), "utf8"));
    expect(chrome.background).toEqual({ service_worker: "background.js" });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ["background.js"] });
    expect(firefox.browser_specific_settings.gecko.id).toBeTruthy();
  });
});
