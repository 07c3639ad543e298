// The people table of /work/shared/seeds/zdf-rubio-nato-2025-12-02.expected.md as data, for the
// unit tests and `npm run bench -- --only people`. `role` holds the role's words as written
// (one of the article's phrasings where it gives several); `mentions` the short forms.
import type { GoldPerson } from "../../../bench/corpus";

export const SEED_FIXTURE = "tests/fixtures/seed/zdf-rubio-nato.html";

export const SEED_PEOPLE: GoldPerson[] = [
  { name: "Marco Rubio", role: "US-Außenminister", official: true, mentions: ["Rubio", "Rubios"] },
  { name: "Christopher Landau", role: "stellvertretender Außenminister", official: true, mentions: [] },
  { name: "Donald Trump", role: "US-Präsident", official: true, mentions: ["Trump"] },
  { name: "Johann Wadephul", role: "deutscher Kollege", official: true, mentions: [] },
  { name: "Oana Lungescu", role: "frühere Nato-Sprecherin", official: true, mentions: ["Lungescu"] },
  { name: "Claudia Major", role: "Sicherheitsexpertin beim German Marshall Fund", official: false, mentions: [] },
  { name: "Putin", role: "Russlands Präsident", official: true, mentions: [] },
  { name: "Witkoff", role: "US-Sondergesandter", official: true, mentions: [] },
];

/** Words the seed names that are no people. */
export const SEED_NOT_PEOPLE = [
  "Nato",
  "Ukraine",
  "USA",
  "Russland",
  "Brüssel",
  "Washington",
  "Moskau",
  "White House",
  "Weißen Haus",
  "Sprecher",
];
