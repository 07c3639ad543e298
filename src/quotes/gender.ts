import { hasAgentEnding, type Lexicon } from "./lexicon";

export type Gender = "m" | "f";

/**
 * A person's gender as their role shows it, else null: "Nato-Sprecherin" and "spokeswoman" are
 * women, "Außenminister" (where role nouns are gendered) and "Mr" men, "senator" unknown.
 */
export function genderOfRole(role: string | null, lex: Lexicon): Gender | null {
  if (!role) return null;
  const words = role.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (lex.masculine.has(w)) return "m";
    if (lex.feminine.has(w)) return "f";
    // "Anwohnerin", "Polizist": a noun for a person by its ending shows it as a role noun does.
    if (!lex.roles.has(w) && !hasAgentEnding(lex, w)) continue;
    if (lex.compounds && [...lex.feminine].some((end) => w.endsWith(end))) return "f";
    // "die Abgeordnete", "der Vorsitzende": an adjective's noun shows its gender by the article
    // only; its form for a man with none ("Abgeordneter") is a role noun too.
    if (lex.genderedRoles && lex.roles.has(`${w}r`)) return null;
    if (lex.genderedRoles) return "m";
  }
  return null;
}
