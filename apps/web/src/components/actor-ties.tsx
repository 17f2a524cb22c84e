import type { ActorQuery } from "@parley/schema";
import { formatCalendarDate } from "../lib/format";
import { tieVerb } from "../lib/ties";

type Tie = NonNullable<ActorQuery["actor"]>["ties"][number];

/** The days the sources attest a tie on: "attested on 14 March 2014", "attested from … to …". */
function attested({ validFrom, validTo }: Tie): string {
  if (validFrom && validTo) {
    return validFrom === validTo
      ? `attested on ${formatCalendarDate(validFrom)}`
      : `attested from ${formatCalendarDate(validFrom)} to ${formatCalendarDate(validTo)}`;
  }
  if (validFrom) return `attested from ${formatCalendarDate(validFrom)}`;
  if (validTo) return `attested until ${formatCalendarDate(validTo)}`;
  return "dates not attested";
}

/** "Sergei Lavrov holds office in Russia as Foreign Minister", linking the other actor. */
function TieSentence({ tie, actorSlug }: { tie: Tie; actorSlug: string }) {
  const name = (side: Tie["actor"]) => (side.slug === actorSlug ? side.name : <a href={`/actors/${side.slug}`}>{side.name}</a>);
  return (
    <>
      {name(tie.actor)}
      {` ${tieVerb[tie.kind]} `}
      {name(tie.relatedActor)}
      {tie.title && ` as ${tie.title}`}
    </>
  );
}

/** An actor's ties to other actors, in either direction, with the dates the sources attest. */
export function ActorTies({ ties, actorSlug }: { ties: Tie[]; actorSlug: string }) {
  if (ties.length === 0) return <p className="empty">No ties to other actors are recorded.</p>;
  return (
    <ul className="tie-list">
      {ties.map((tie) => (
        <li key={`${tie.actor.slug}-${tie.kind}-${tie.relatedActor.slug}-${tie.validFrom ?? ""}`}>
          <TieSentence tie={tie} actorSlug={actorSlug} />
          <span className="caveat">{` · ${attested(tie)}`}</span>
        </li>
      ))}
    </ul>
  );
}
