import { globalIdSql } from "../json-sql";
import { columnOf, type TypeRead, value } from "../read-type";

const topic = columnOf("topic");

export const topicRead: TypeRead = {
  name: "Topic",
  table: "topic",
  fields: {
    id: value((row) => globalIdSql("Topic", topic("id")(row))),
    slug: value(topic("slug")),
    name: value(topic("name")),
    description: value(topic("description")),
  },
};
