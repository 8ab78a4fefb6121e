import { describe, expect, it } from "vitest";
import { categorySlug } from "@/lib/report-catalog/model";
import { categorySchemas, templateSchemas } from "@/lib/report-catalog/schemas";

describe("categorySlug", () => {
  it.each([
    ["Sécurité / danger", "securite-danger"],
    ["Plomberie / fuite", "plomberie-fuite"],
    ["Éclairage", "eclairage"],
    ["  PROPRETÉ !", "proprete"],
    ["Cœur d'îlot", "coeur-d-ilot"],
    ["Tags 2026", "tags-2026"],
    ["« — »", ""],
  ])("%j → %j", (name, slug) => {
    expect(categorySlug(name)).toBe(slug);
  });

  it("gives the seeded slugs for the seeded names", () => {
    expect(categorySlug("Espaces verts")).toBe("espaces-verts");
    expect(categorySlug("Nuisibles")).toBe("nuisibles");
  });
});

describe("category schemas", () => {
  it("trims the name and makes runs of spaces one; checkboxes are booleans", () => {
    expect(categorySchemas.create.parse({ name: "  Boîtes \n aux  lettres ", guidance: " Aide. ", active: "on" })).toEqual({
      name: "Boîtes aux lettres",
      guidance: "Aide.",
      isDanger: false,
      active: true,
    });
  });

  it("is strict: no sort order, slug or version sent by the form on creation", () => {
    for (const extra of ["sortOrder", "slug", "version", "id"]) {
      expect(categorySchemas.create.safeParse({ name: "Tags", guidance: "Aide.", [extra]: "1" }).success, extra).toBe(false);
    }
  });

  it("needs the version to edit", () => {
    const result = categorySchemas.update.safeParse({ categoryId: "abc", name: "Tags", guidance: "Aide." });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["version"]);
  });

  it("moves up or down from a whole position", () => {
    expect(categorySchemas.move.parse({ categoryId: "abc", direction: "up", position: "3" })).toEqual({ categoryId: "abc", direction: "up", position: 3 });
    expect(categorySchemas.move.safeParse({ categoryId: "abc", direction: "up", position: "-1" }).success).toBe(false);
    expect(categorySchemas.move.safeParse({ categoryId: "abc", direction: "top", position: "0" }).success).toBe(false);
  });
});

describe("response template schema", () => {
  it("keeps the line breaks of the text and takes any report status", () => {
    expect(templateSchemas.create.parse({ status: "PLANNED", title: " Passage ", body: "Bonjour,\n\nnous passons jeudi." })).toEqual({
      status: "PLANNED",
      title: "Passage",
      body: "Bonjour,\n\nnous passons jeudi.",
      active: false,
    });
  });
});
