import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { PublicReportCards, type PublicReportCardData } from "@/app/(public)/signalements/_components/public-report-card";
import { PhotoGrid } from "@/components/ui/stored-photo";

/**
 * What a phone downloads for the photos it is shown: the preview (at most 480 px,
 * lib/storage/photo-preview.ts), never the 1,600 px photo for a thumbnail; links open the photo.
 */
const photo = { id: "p1", src: "/api/photos/p1", alt: "Photo 1 du signalement", width: 1600, height: 1200 };

describe("photos shown in a page", () => {
  it("the public list's thumbnails ask for the preview", () => {
    const report: PublicReportCardData = {
      number: 12,
      href: "/signalements/12",
      category: "Propreté",
      place: "Résidence Les Tilleuls",
      status: "En cours",
      text: null,
      dates: [],
      supporterCount: 0,
      photos: [photo, { ...photo, id: "p2", src: "/api/photos/p2" }],
    };
    const html = renderToStaticMarkup(createElement(PublicReportCards, { reports: [report] }));
    expect(html.match(/<img [^>]*>/g)?.map((img) => img.match(/src="([^"]*)"/)?.[1])).toEqual(["/api/photos/p1?taille=apercu", "/api/photos/p2?taille=apercu"]);
    expect(html).toContain('width="1600" height="1200"');
  });

  it("a grid shows previews and links each to its photo", () => {
    const html = renderToStaticMarkup(createElement(PhotoGrid, { photos: [photo] }));
    expect(html).toMatch(/<a href="\/api\/photos\/p1" [^>]*><img src="\/api\/photos\/p1\?taille=apercu" alt="Photo 1 du signalement"/);
  });
});
