import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import type { UploadLimits } from "@/lib/uploads/multipart";
import { readUpload, uploadFormData, type Upload, type UploadProblem } from "@/lib/uploads/read-upload";

/** readUpload: the upload routes' one way to read a multipart body, within limits, leaving no file. */

const LIMITS: UploadLimits = { fileBytes: 1024, files: 2, requestBytes: 8 * 1024, fields: 3, fieldBytes: 256 };

/** A multipart request as a browser sends it (Request serialises the FormData: boundary and length). */
async function multipart(fields: Record<string, string>, files: { field: string; file: File }[] = []) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const { field, file } of files) form.append(field, file);
  const probe = new Request("http://localhost/", { method: "POST", body: form });
  const body = new Uint8Array(await probe.arrayBuffer());
  return new Request("http://localhost/", { method: "POST", body, headers: { "content-type": probe.headers.get("content-type")! } });
}

const file = (name: string, bytes: number, type = "image/jpeg") => new File([new Uint8Array(bytes).fill(65)], name, { type });

/** What readUpload handed on: the refusal, or what `accept` saw (file contents read while they exist). */
async function read(request: Request, limits = LIMITS) {
  return readUpload<{ refused: UploadProblem } | { fields: [string, string][]; files: { field: string; name: string; type: string; text: string }[] }>(request, limits, {
    refuse: (problem) => ({ refused: problem }),
    accept: async ({ fields, files }: Upload) => ({
      fields,
      files: await Promise.all(files.map(async ({ field, file }) => ({ field, name: file.name, type: file.type, text: await file.text() }))),
    }),
  });
}

async function uploadDirs() {
  return (await readdir(tmpdir())).filter((name) => name.startsWith("quartier-upload-"));
}

describe("readUpload", () => {
  it("hands the fields and files on, in the order sent, and deletes the temporary files after", async () => {
    const before = await uploadDirs();
    const outcome = await read(await multipart({ title: "Marché", note: "é" }, [{ field: "photos", file: file("hall.jpg", 10) }, { field: "photos", file: file("porte.png", 3, "image/png") }]));
    expect(outcome).toEqual({
      fields: [
        ["title", "Marché"],
        ["note", "é"],
      ],
      files: [
        { field: "photos", name: "hall.jpg", type: "image/jpeg", text: "A".repeat(10) },
        { field: "photos", name: "porte.png", type: "image/png", text: "AAA" },
      ],
    });
    expect(await uploadDirs()).toEqual(before);
  });

  it("keeps nothing of an empty file input, and accepts a form with no file", async () => {
    expect(await read(await multipart({ title: "Marché" }, [{ field: "photos", file: new File([], "") }]))).toEqual({ fields: [["title", "Marché"]], files: [] });
  });

  it("refuses a body declared or counted over requestBytes", async () => {
    const declared = await multipart({}, [{ field: "photos", file: file("a.jpg", 1000) }]);
    expect(await read(declared, { ...LIMITS, requestBytes: 500 })).toEqual({ refused: { kind: "body-too-large" } });

    // Sent chunked: no length to go by, cut once it has passed the limit.
    const body = new Uint8Array(await (await multipart({}, [{ field: "photos", file: file("a.jpg", 1000) }])).arrayBuffer());
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < body.length; i += 100) controller.enqueue(body.slice(i, i + 100));
        controller.close();
      },
    });
    const chunked = new Request("http://localhost/", { method: "POST", body: stream, headers: { "content-type": declared.headers.get("content-type")! }, duplex: "half" } as RequestInit);
    expect(await read(chunked, { ...LIMITS, requestBytes: 500 })).toEqual({ refused: { kind: "body-too-large" } });
  });

  it("reports a file over fileBytes, too many files and too many fields together, deleting what was written", async () => {
    const before = await uploadDirs();
    expect(await read(await multipart({}, [{ field: "photos", file: file("grande.jpg", 2000) }]))).toEqual({
      refused: { kind: "over-limits", tooManyFields: false, tooManyFiles: false, tooLargeFiles: ["grande.jpg"] },
    });
    const three = [1, 2, 3].map((i) => ({ field: "photos", file: file(`${i}.jpg`, 10) }));
    expect(await read(await multipart({}, three))).toEqual({ refused: { kind: "over-limits", tooManyFields: false, tooManyFiles: true, tooLargeFiles: [] } });
    expect(await read(await multipart({ a: "1", b: "2", c: "3", d: "4" }))).toEqual({ refused: { kind: "over-limits", tooManyFields: true, tooManyFiles: false, tooLargeFiles: [] } });
    expect(await read(await multipart({ a: "x".repeat(300) }))).toEqual({ refused: { kind: "over-limits", tooManyFields: true, tooManyFiles: false, tooLargeFiles: [] } });
    expect(await uploadDirs()).toEqual(before);
  });

  it("refuses a body that is not multipart/form-data, or no body at all", async () => {
    const json = new Request("http://localhost/", { method: "POST", body: '{"a":1}', headers: { "content-type": "application/json" } });
    expect(await read(json)).toEqual({ refused: { kind: "malformed" } });
    const noType = new Request("http://localhost/", { method: "POST", body: "x" });
    expect(await read(noType)).toEqual({ refused: { kind: "malformed" } });
    const empty = new Request("http://localhost/", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" } });
    expect(await read(empty)).toEqual({ refused: { kind: "malformed" } });
    const cut = new Request("http://localhost/", { method: "POST", body: "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1", headers: { "content-type": "multipart/form-data; boundary=x" } });
    expect(await read(cut)).toEqual({ refused: { kind: "malformed" } });
  });

  it("deletes the temporary files when the route's work fails, and lets the failure through", async () => {
    const before = await uploadDirs();
    const request = await multipart({}, [{ field: "photos", file: file("a.jpg", 10) }]);
    await expect(
      readUpload(request, LIMITS, {
        refuse: () => "refused",
        accept: () => Promise.reject(new Error("domain failure")),
      }),
    ).rejects.toThrow("domain failure");
    expect(await uploadDirs()).toEqual(before);
  });
});

describe("uploadFormData", () => {
  it("gives the action the fields then the files, under their own names", () => {
    const photo = file("hall.jpg", 1);
    const formData = uploadFormData({ fields: [["title", "Marché"], ["title", "bis"]], files: [{ field: "photos", file: photo }] });
    expect([...formData.keys()]).toEqual(["title", "title", "photos"]);
    expect(formData.getAll("title")).toEqual(["Marché", "bis"]);
    expect((formData.get("photos") as File).name).toBe("hall.jpg");
  });
});
