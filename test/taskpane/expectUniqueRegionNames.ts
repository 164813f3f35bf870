import { screen } from "@testing-library/react";

/** A region's accessible name as its markup gives it (aria-label, else the elements aria-labelledby names). */
function nameOf(region: HTMLElement): string {
  const label = region.getAttribute("aria-label");
  if (label !== null) return label;
  const ids = (region.getAttribute("aria-labelledby") ?? "").split(/\s+/u).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

/**
 * Every region on screen has a name no other region has (axe's landmark-unique): the name each region
 * is found by (testing-library's own name computation) finds it alone. Returns the names.
 */
export function expectUniqueRegionNames(): string[] {
  const names = screen.getAllByRole("region").map(nameOf);
  for (const name of names)
    expect({ name, regions: screen.getAllByRole("region", { name }).length }).toEqual({ name, regions: 1 });
  return names;
}
