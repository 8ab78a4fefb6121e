import type { Page } from "@playwright/test";

/**
 * The public map draws its circles on one canvas (preferCanvas), with no element per circle: this
 * finds them in its pixels. Row by row, a drawn pixel with none above it, inside the map's view, is
 * the top of a circle (radius 8 px at least), and a few pixels below it is inside that circle; the
 * other tops found within 24 px of one already kept are the same circle's upper edge. Waits until
 * something is drawn (the circles are added in batches); page coordinates, for page.mouse.
 */
export async function drawnCircles(page: Page): Promise<{ x: number; y: number }[]> {
  const canvas = page.locator(".leaflet-overlay-pane canvas");
  await canvas.waitFor();
  return canvas.evaluate(async (element: HTMLCanvasElement) => {
    const map = element.closest(".leaflet-container")!.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const scale = element.width / box.width;
    for (let attempt = 0; attempt < 50; attempt++) {
      const pixels = element.getContext("2d")!.getImageData(0, 0, element.width, element.height).data;
      const drawn = (column: number, row: number) => pixels[(row * element.width + column) * 4 + 3] > 0;
      const circles: { x: number; y: number }[] = [];
      for (let row = 1; row < element.height; row++) {
        for (let column = 0; column < element.width; column++) {
          if (!drawn(column, row) || drawn(column, row - 1)) continue;
          const x = box.left + column / scale;
          const y = box.top + row / scale;
          if (x < map.left + 2 || x > map.right - 2 || y < map.top + 2 || y > map.bottom - 12) continue;
          if (circles.some((c) => Math.hypot(c.x - x, c.y - 5 - y) < 24)) continue;
          circles.push({ x, y: y + 5 });
        }
      }
      if (circles.length) return circles;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return [];
  });
}
