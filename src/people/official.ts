import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import type { RolePhrase } from "./role-phrase";
import { roleWord } from "./role-word";
import type { TextBodies } from "./bodies";

/** Whether a role is public office: true, false, or "relational" (as official as the person it relates to). */
export type Officialness = boolean | "relational";

/**
 * Decides office from the role's words. Offices are official unless they head a company or club
 * ("president of Acme Corp", "Präsident des Fußballvereins"); a spokesperson, leader or member
 * is official when a public body stands in the compound ("Regierungssprecherin", "Nato-Sprecher")
 * or in the role ("Sprecher der Grünen im Bundestag", "State Department deputy spokesperson").
 */
export function officialness(role: RolePhrase, tokens: readonly Token[], lex: Lexicon, bodies: TextBodies): Officialness {
  switch (role.head.kind) {
    case "office":
      return publicBody(role, tokens, lex, bodies.public) || !privateBody(role, tokens, lex, bodies.private);
    case "private":
      return false;
    case "relational":
      return "relational";
    case "conditional":
      return publicBody(role, tokens, lex, bodies.public) || otherOffice(role, tokens, lex);
  }
}

/** A public body in the head's compound or among the role's other words. */
function publicBody(role: RolePhrase, tokens: readonly Token[], lex: Lexicon, bodies: ReadonlySet<string>): boolean {
  if (lex.publicBodies.some((b) => role.head.prefix.includes(b))) return true;
  for (let k = role.from; k <= role.to; k++) {
    if (k === role.headAt) continue;
    const key = tokens[k]!.key;
    if (bodies.has(key) || lex.publicBodySet.has(key) || lex.publicBodies.some((b) => key.startsWith(b))) return true;
  }
  return false;
}

/** An office among the role's other words: "Leiter des Büros des Ministers". */
function otherOffice(role: RolePhrase, tokens: readonly Token[], lex: Lexicon): boolean {
  for (let k = role.from; k <= role.to; k++) if (k !== role.headAt && roleWord(tokens[k]!.key, lex)?.kind === "office") return true;
  return false;
}

/**
 * A company or club in the head's compound or among the role's other words ("Vereinspräsident",
 * "Dana F. Besecker Company"), or a name the text gives a company elsewhere ("Mozilla Europe").
 */
function privateBody(role: RolePhrase, tokens: readonly Token[], lex: Lexicon, companies: ReadonlySet<string>): boolean {
  if (role.head.prefix && lex.privateBody(role.head.prefix)) return true;
  for (let k = role.from; k <= role.to; k++) {
    const key = tokens[k]!.key;
    if (k !== role.headAt && (lex.privateBody(key) || companies.has(key))) return true;
  }
  return false;
}
