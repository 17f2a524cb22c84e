import type { Picked } from "../lib/pick";

interface PickNoticeProps {
  picked: Picked;
  /** "speaker", "actor", "topic". */
  noun: string;
  /** The view's address with this pick made: where each of several choices leads. */
  hrefWith: (slug: string) => string;
}

/** What a form's typed name left unsettled: no record of that name, or several to choose from. */
export function PickNotice({ picked, noun, hrefWith }: PickNoticeProps) {
  if (picked.status === "unknown") {
    return <p className="notice-line" role="status">{`No ${noun} matches “${picked.text}”. Try fewer words, or other names for them.`}</p>;
  }
  if (picked.status !== "ambiguous") return null;
  return (
    <div className="notice-line" role="status">
      <p>{`“${picked.text}” matches more than one ${noun}: pick one.`}</p>
      <ul className="inline-list">
        {picked.choices.map((choice) => (
          <li key={choice.slug}>
            <a href={hrefWith(choice.slug)}>{choice.name}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
