import type { Clip } from "../types";
import { pickDuration } from "./describe";
import type { Draft } from "./draft";
import { identifyUrl, siteProvider } from "./providers";

/** The finished clip: the visible caption first, exact metadata where it agrees, position in the text. */
export function toClip(d: Draft, pageUrl: string | null, position: number): Clip {
  const ld = d.ld;
  const ldProvider = ld?.urls.map((u) => identifyUrl(u)?.provider).find(Boolean);
  return {
    kind: d.kind ?? ld?.kind ?? "video",
    provider: d.provider ?? ldProvider ?? siteProvider(pageUrl) ?? "html5",
    title: d.title ?? ld?.title ?? null,
    caption: d.caption ?? ld?.description ?? null,
    date: d.times.date ?? d.data.date ?? ld?.date ?? null,
    duration: pickDuration(d.times, d.data.duration ?? ld?.duration ?? null),
    start: d.start ?? ld?.start ?? null,
    src: d.src ?? ld?.urls[0] ?? null,
    position,
  };
}
