import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeZodError } from "@/lib/actions/define-action";
import { formDataToObject } from "@/lib/actions/form-data";

describe("formDataToObject", () => {
  it("turns fields into an object, a repeated key into an array", () => {
    const form = new FormData();
    form.append("name", "Amina");
    form.append("tag", "a");
    form.append("tag", "b");
    form.append("tag", "c");
    expect(formDataToObject(form)).toEqual({ name: "Amina", tag: ["a", "b", "c"] });
  });

  it("drops the keys React adds for progressive enhancement", () => {
    const form = new FormData();
    form.append("$ACTION_ID_abc123", "");
    form.append("$ACTION_REF_1", "");
    form.append("$ACTION_1:0", "{}");
    form.append("email", "a@exemple.test");
    expect(formDataToObject(form)).toEqual({ email: "a@exemple.test" });
  });

  it("keeps files as files", () => {
    const form = new FormData();
    const photo = new File(["jpeg"], "photo.jpg", { type: "image/jpeg" });
    form.append("photo", photo);
    const out = formDataToObject(form);
    expect(out.photo).toBeInstanceOf(File);
    expect((out.photo as File).name).toBe("photo.jpg");
  });

  it("keeps keys named like Object prototype properties as plain data", () => {
    const form = new FormData();
    form.append("__proto__", "x");
    form.append("__proto__", "y");
    form.append("constructor", "z");
    form.append("name", "Amina");
    const out = formDataToObject(form);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(["__proto__", "constructor", "name"]);
    expect(Object.getOwnPropertyDescriptor(out, "__proto__")?.value).toEqual(["x", "y"]);
    expect(out.constructor).toBe("z");
  });

  it("lets strict schemas refuse a __proto__ field", () => {
    const form = new FormData();
    form.append("__proto__", "x");
    form.append("name", "Amina");
    const result = z.strictObject({ name: z.string() }).safeParse(formDataToObject(form));
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["__proto__"] })]);
  });
});

describe("describeZodError", () => {
  const schema = z.strictObject({
    name: z.string().min(2, "Nom trop court."),
    address: z.strictObject({ city: z.string().min(1, "Ville requise.") }),
  });

  it("puts each message under its field, with dotted paths for nested fields", () => {
    const error = schema.safeParse({ name: "A", address: { city: "" } }).error!;
    expect(describeZodError(error)).toEqual({
      formError: "Certains champs sont à corriger.",
      fieldErrors: { name: ["Nom trop court."], "address.city": ["Ville requise."] },
    });
  });

  it("reports unexpected fields as a form error, without naming them", () => {
    const error = schema.safeParse({ name: "Amina", address: { city: "Bellerive" }, role: "ADMIN" }).error!;
    expect(describeZodError(error)).toEqual({
      formError: "Le formulaire contient des champs inattendus. Rechargez la page et réessayez.",
      fieldErrors: {},
    });
  });

  it("uses a whole-form issue's own message", () => {
    const refined = z.object({ a: z.string(), b: z.string() }).refine((v) => v.a === v.b, "Les deux valeurs diffèrent.");
    expect(describeZodError(refined.safeParse({ a: "x", b: "y" }).error!)).toEqual({
      formError: "Les deux valeurs diffèrent.",
      fieldErrors: {},
    });
  });

  it("keeps every message of a field", () => {
    const multi = z.object({ code: z.string().min(4, "Trop court.").regex(/^\d+$/, "Chiffres seulement.") });
    expect(describeZodError(multi.safeParse({ code: "ab" }).error!).fieldErrors).toEqual({ code: ["Trop court.", "Chiffres seulement."] });
  });
});
