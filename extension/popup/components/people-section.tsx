import type { Person } from "../../../src/types";
import { rankPeople } from "../../../src/export/rank-people";
import { t, tCount } from "../i18n";
import { EntryButton, type Jump } from "./entry-button";

function PeopleList({ id, title, people, jump }: { id: string; title: string; people: Person[]; jump: Jump }) {
  if (!people.length) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul class="entries">
        {people.map((p) => {
          const first = p.mentions[0];
          const label = (
            <>
              <span class="name">{p.name}</span>
              {p.role && <span class="role">{p.role}</span>}
              <span class="count">{tCount("mentionCount", p.mentions.length)}</span>
            </>
          );
          return (
            <li key={p.name}>
              {first ? (
                <EntryButton testId="person" start={first.start} end={first.end} jump={jump}>
                  {label}
                </EntryButton>
              ) : (
                <span class="entry" data-testid="person">
                  {label}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Officials first, then everyone else; each entry jumps to the person's first mention. */
export function PeopleSection({ people, jump }: { people: Person[]; jump: Jump }) {
  const { officials, others } = rankPeople(people);
  return (
    <>
      <PeopleList id="officials-heading" title={t("sectionOfficials")} people={officials} jump={jump} />
      <PeopleList id="people-heading" title={t("sectionOtherPeople")} people={others} jump={jump} />
    </>
  );
}
