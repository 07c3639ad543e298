import type { Person } from "../types";

export interface RankedPeople {
  officials: Person[];
  others: Person[];
}

function firstMention(person: Person): number {
  return person.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);
}

// Most mentioned first; ties in order of appearance, so the list reads like the article.
function byProminence(a: Person, b: Person): number {
  return b.mentions.length - a.mentions.length || firstMention(a) - firstMention(b);
}

/** Officials apart from everyone else, each most mentioned first. */
export function rankPeople(people: readonly Person[]): RankedPeople {
  return {
    officials: people.filter((p) => p.official).sort(byProminence),
    others: people.filter((p) => !p.official).sort(byProminence),
  };
}
