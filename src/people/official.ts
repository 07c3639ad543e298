import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import type { RolePhrase } from "./role-phrase";
import { roleWord } from "./role-word";

/** Whether a role is public office: true, false, or "relational" (as official as the person it relates to). */
export type Officialness = boolean | "relational";

/**
 * Decides office from the role's words. Offices are official; a spokesperson, leader or member
 * is official when a public body stands in the compound ("Regierungssprecherin", "Nato-Sprecher")
 * or in the role ("Sprecher der Grünen im Bundestag", "State Department deputy spokesperson").
 */
export function officialness(role: RolePhrase, tokens: readonly Token[], lex: Lexicon, bodies: ReadonlySet<string>): Officialness {
  switch (role.head.kind) {
    case "office":
      return true;
    case "private":
      return false;
    case "relational":
      return "relational";
    case "conditional": {
      if (lex.publicBodies.some((b) => role.head.prefix.includes(b))) return true;
      for (let k = role.from; k <= role.to; k++) {
        if (k === role.headAt) continue;
        const key = tokens[k]!.key;
        if (bodies.has(key) || lex.publicBodies.some((b) => key.startsWith(b))) return true;
        if (roleWord(key, lex)?.kind === "office") return true;
      }
      return false;
    }
  }
}
