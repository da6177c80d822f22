import { describe, expect, it } from "vitest";
import { type CsvRecord, readRecords } from "./records";

const read = async (input: Parameters<typeof readRecords>[0], maxRecordSize = 1000, delimiter = ",") => {
  const out: string[] = [];
  for await (const r of readRecords(input, { delimiter, maxRecordSize })) out.push(show(r));
  return out;
};
const show = (r: CsvRecord) =>
  r.kind === "record" ? `${r.line}:${r.fields.join("|")}` : `${r.line}:${r.reason}:${r.text}`;

describe("CSV records with their lines", () => {
  it.each([
    ["LF", "a,b\n1,2\n3,4\n"],
    ["CRLF", "a,b\r\n1,2\r\n3,4\r\n"],
    ["CR", "a,b\r1,2\r3,4\r"],
    ["no final line break", "a,b\n1,2\n3,4"],
  ])("reads %s line endings", async (_, text) => {
    expect(await read(text)).toEqual(["1:a|b", "2:1|2", "3:3|4"]);
  });

  it("counts the lines inside quoted fields, whatever their line breaks", async () => {
    const text = 'a,b\r\n1,"two\r\nlines"\r\n2,"three\nmixed\rbreaks"\r\n3,4\r\n';
    expect(await read(text)).toEqual(["1:a|b", "2:1|two\r\nlines", "4:2|three\nmixed\rbreaks", "7:3|4"]);
  });

  it("gives blank lines as empty records, so they can be counted", async () => {
    expect(await read("a\n\n1\n")).toEqual(["1:a", "2:", "3:1"]);
  });

  it("reads quotes, doubled quotes and delimiters inside quotes", async () => {
    expect(await read('a,b\n"x, y","say ""hi"""\n"",""\n')).toEqual(["1:a|b", '2:x, y|say "hi"', "3:|"]);
  });

  it("gives the same records however the input is cut into chunks", async () => {
    const text = 'id,note\r\n1,"a, ""b""\r\nc"\r\n\r\n2,Zürich 北京 😀\r\n3,"x"\r\n';
    const whole = await read(text);
    for (let cut = 1; cut < text.length; cut++) {
      expect(await read([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    }
    // Without quotes Papa Parse takes a faster path: cut it everywhere too.
    const plain = "id,n\r\n1,a\r\n2,b\r\n\r\n3,c\r\n";
    for (let cut = 1; cut < plain.length; cut++) {
      expect(await read([plain.slice(0, cut), plain.slice(cut)])).toEqual(["1:id|n", "2:1|a", "3:2|b", "4:", "5:3|c"]);
    }
    const bytes = new TextEncoder().encode(text);
    for (let cut = 1; cut < bytes.length; cut += 3) {
      expect(await read([bytes.slice(0, cut), bytes.slice(cut)])).toEqual(whole);
    }
  });

  it("drops a byte order mark, in text or in bytes", async () => {
    expect(await read("\uFEFFid\n1\n")).toEqual(["1:id", "2:1"]);
    expect(await read(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64, 0x0a]))).toEqual(["1:id"]);
  });

  it("uses another delimiter", async () => {
    expect(await read("a;b\n1;2,5\n", 1000, ";")).toEqual(["1:a|b", "2:1|2,5"]);
    expect(await read("a\tb\n1\t2\n", 1000, "\t")).toEqual(["1:a|b", "2:1|2"]);
  });

  it("reports a record whose quotes do not balance and reads on from its next line", async () => {
    const text = 'a,b\n1,"x"y\n2,3\n4,"5\n6,7\n';
    expect(await read(text)).toEqual(["1:a|b", '2:quotes:1,"x"y', "3:2|3", '4:quotes:4,"5', "5:6|7"]);
    expect(await read(text.split(""))).toEqual(await read(text));
  });

  it("reports a record that outgrows the limit and reads on from its next line", async () => {
    const chunks = ['a,b\n1,"', "x".repeat(40), "\nmore\n2,3\n", "4,5\n"];
    const expected = ["1:a|b", `2:too_long:1,"${"x".repeat(40)}`, "3:more", "4:2|3", "5:4|5"];
    expect(await read(chunks, 30)).toEqual(expected);
    expect(await read([chunks.slice(0, 3).join(""), "4,5\n"], 30)).toEqual(expected);
  });

  it("reads nothing from nothing", async () => {
    expect(await read("")).toEqual([]);
    expect(await read([])).toEqual([]);
  });

  it("flags the records read from invalid UTF-8", async () => {
    const records: CsvRecord[] = [];
    for await (const r of readRecords([new Uint8Array([0x61, 0x0a, 0xff, 0x0a])], { delimiter: ",", maxRecordSize: 9 }))
      records.push(r);
    expect(records).toEqual([
      { kind: "record", fields: ["a"], line: 1, invalidUtf8: false },
      { kind: "record", fields: ["\uFFFD"], line: 2, invalidUtf8: true },
    ]);
  });
});
