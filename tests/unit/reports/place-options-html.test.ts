import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/format/html";
import { placeOptionsHtml, withSelectedPlace } from "@/lib/reports/place-options-html";
import type { PlaceGroup } from "@/lib/reports/queries/place";

const groups: PlaceGroup[] = [
  {
    label: "Résidence Les Tilleuls — Nord",
    options: [
      { value: "site:s1", label: "Résidence Les Tilleuls (rue des Tilleuls)" },
      { value: "building:b1", label: "Résidence Les Tilleuls — A (1 rue des Tilleuls)" },
    ],
  },
  { label: "Place du Marché — Centre", options: [{ value: "site:s2", label: "Place du Marché (place du Marché)" }] },
];

describe("escapeHtml", () => {
  it("escapes what could open a tag, an entity or leave a quoted attribute", () => {
    expect(escapeHtml(`<script>alert("x")</script> & l'été`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l&#39;été");
  });
});

describe("placeOptionsHtml (the place select's options, written by the server)", () => {
  it("lists the empty choice, then each site's places in an optgroup, in order", () => {
    expect(placeOptionsHtml(groups)).toBe(
      '<option value="">Choisir un lieu</option>' +
        '<optgroup label="Résidence Les Tilleuls — Nord"><option value="site:s1">Résidence Les Tilleuls (rue des Tilleuls)</option>' +
        '<option value="building:b1">Résidence Les Tilleuls — A (1 rue des Tilleuls)</option></optgroup>' +
        '<optgroup label="Place du Marché — Centre"><option value="site:s2">Place du Marché (place du Marché)</option></optgroup>',
    );
  });

  it("ends with the map choice when the territory has coordinates", () => {
    expect(placeOptionsHtml(groups, { mapChoice: true })).toMatch(/<option value="carte">Pas dans la liste : je placerai un point sur une carte<\/option>$/);
  });

  it("escapes names typed by staff, in labels and values alike", () => {
    const html = placeOptionsHtml([{ label: `Cité "<b>"`, options: [{ value: `site:"><script>`, label: "</option><script>alert(1)</script>" }] }]);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain('<optgroup label="Cité &quot;&lt;b&gt;&quot;">');
    expect(html).toContain('<option value="site:&quot;&gt;&lt;script&gt;">&lt;/option&gt;&lt;script&gt;alert(1)&lt;/script&gt;</option>');
  });
});

describe("withSelectedPlace", () => {
  const html = placeOptionsHtml(groups);

  it("marks the one option of that value selected", () => {
    const selected = withSelectedPlace(html, "building:b1");
    expect(selected).toContain('<option value="building:b1" selected>Résidence Les Tilleuls — A');
    expect(selected.match(/ selected>/g)).toHaveLength(1);
  });

  it("leaves the HTML as it is without a value, or for a value not in the list", () => {
    expect(withSelectedPlace(html, undefined)).toBe(html);
    expect(withSelectedPlace(html, "")).toBe(html);
    expect(withSelectedPlace(html, "site:nowhere")).toBe(html);
    // A prefix of a value is not that value.
    expect(withSelectedPlace(html, "site:s")).toBe(html);
  });
});
