import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DatasetRejectedError, readDatasetFile } from "../src/dataset";

// Files as editors and other tools save them: with a byte-order mark, or not UTF-8 at all.
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "parley-read-dataset-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const byteOrderMark = Buffer.from([0xef, 0xbb, 0xbf]);
const utf8 = (text: string) => Buffer.from(text, "utf8");

/** Writes the bytes to a file of their own and reads it as a dataset file. */
async function read(name: string, ...parts: Buffer[]): Promise<unknown> {
  const file = path.join(folder, name);
  await writeFile(file, Buffer.concat(parts));
  return readDatasetFile(file);
}

/** The one issue a refused read reports, with the folder left out. */
async function refusal(name: string, ...parts: Buffer[]): Promise<string> {
  const error = await read(name, ...parts).then(
    () => new Error("the file was read"),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DatasetRejectedError)) throw error;
  expect(error.issues).toHaveLength(1);
  return error.issues[0]!.message.replace(`${folder}${path.sep}`, "");
}

describe("reading a dataset file", () => {
  it("reads a file that starts with a UTF-8 byte-order mark as the JSON after it", async () => {
    expect(await read("marked.json", byteOrderMark, utf8('{ "topics": [{ "slug": "café", "name": "“Café”" }] }'))).toEqual({
      topics: [{ slug: "café", name: "“Café”" }],
    });
  });

  it("keeps a replacement character the file really holds", async () => {
    expect(await read("replacement.json", utf8('{ "text": "\uFFFD" }'))).toEqual({ text: "\uFFFD" });
  });

  it("refuses a byte that is not UTF-8, naming its offset, line and column", async () => {
    // "é" as Latin-1 writes it: one byte, 0xE9, where UTF-8 has two.
    const latin1 = Buffer.from('{\n  "name": "Caf\u00e9"\n}\n', "latin1");
    expect(await refusal("latin1.json", latin1)).toBe(
      "latin1.json is not UTF-8: byte 0xE9 at offset 16 (line 2, column 15) does not begin a valid UTF-8 character; save the file as UTF-8",
    );
  });

  it("counts the byte-order mark in the offset and columns in characters", async () => {
    const before = utf8('{ "name": "“Ça”');
    expect(await refusal("marked-latin1.json", byteOrderMark, before, Buffer.from([0xff]), utf8('" }'))).toBe(
      `marked-latin1.json is not UTF-8: byte 0xFF at offset ${3 + before.length} (line 1, column 16) does not begin a valid UTF-8 character; save the file as UTF-8`,
    );
  });

  it.each([
    ["a sequence cut short by the next character", [0xe2, 0x80, 0x22], 0xe2],
    ["a continuation byte with no start", [0x80], 0x80],
    ["an overlong form", [0xc0, 0xa2], 0xc0],
    ["half of a UTF-16 surrogate pair", [0xed, 0xa0, 0x80], 0xed],
    ["a code point past U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0xf4],
  ])("refuses %s at the byte that starts it", async (_, bytes, first) => {
    const before = utf8('{ "text": "');
    expect(await refusal("malformed.json", before, Buffer.from(bytes), utf8('" }'))).toMatch(
      new RegExp(
        `^malformed\\.json is not UTF-8: byte 0x${first.toString(16).toUpperCase()} at offset ${before.length} \\(line 1, column 12\\)`,
      ),
    );
  });

  it("refuses a file whose first byte is not UTF-8, on its first line", async () => {
    expect(await refusal("first.json", Buffer.from([0xfe]), utf8("{}\n\n"))).toMatch(
      /^first\.json is not UTF-8: byte 0xFE at offset 0 \(line 1, column 1\)/,
    );
  });

  it("refuses a file that ends half-way through a character", async () => {
    expect(await refusal("cut.json", utf8('"caf'), Buffer.from([0xc3]))).toMatch(
      /^cut\.json is not UTF-8: byte 0xC3 at offset 4 \(line 1, column 5\)/,
    );
  });

  it("refuses a file that is not JSON, saying so", async () => {
    expect(await refusal("prose.json", byteOrderMark, utf8("not a dataset"))).toMatch(/^prose\.json is not JSON: /);
  });
});
