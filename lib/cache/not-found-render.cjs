// @ts-check
/**
 * A 404 render of a page is never stored. A page with a dynamic segment and `revalidate` would
 * otherwise keep one 404 render per URL anyone makes up (/signalements/<junk>), so a loop of junk
 * URLs fills the disk or Redis. Rendering the 404 again costs no more than a cache miss.
 * @param {any} data
 */
function isNotFoundRender(data) {
  return Boolean(data && data.kind === "APP_PAGE" && data.status === 404);
}

module.exports = { isNotFoundRender };
