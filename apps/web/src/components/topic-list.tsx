interface Topic {
  slug: string;
  name: string;
}

/** What an event or statement is about. Topics have no page yet, so they are plain text. */
export function TopicList({ topics }: { topics: Topic[] }) {
  return (
    <ul className="inline-list">
      {topics.map((topic) => (
        <li key={topic.slug}>{topic.name}</li>
      ))}
    </ul>
  );
}
