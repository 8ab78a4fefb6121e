"use client";
import Link from "next/link";

export type SectionLink = { href: string; label: string };

/**
 * A space's sections as a row of links; the current one is marked for assistive technologies. A
 * client component fed with the links as data: a server component sent each link's markup (its
 * long class list included) a second time in the React payload of every page of the space.
 */
export function SectionNav({ label, links, current }: { label: string; links: readonly SectionLink[]; current: string }) {
  return (
    <nav aria-label={label} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
              className="inline-block rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-50 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
