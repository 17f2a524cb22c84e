import { sql } from "kysely";
import type { ColumnName, TableName } from "./read-database";
import type { Related } from "./read-type";

/** The rows of `table` whose `column` is the parent's `parentColumn`: a foreign key followed either way. */
export function rowsWhere<Table extends TableName, Parent extends TableName>(
  table: Table,
  column: ColumnName<Table>,
  _parent: Parent,
  parentColumn: ColumnName<Parent>,
): Related {
  return {
    from: (child) => sql`${sql.table(table)} ${sql.ref(child)}`,
    where: (parent, child) => sql`${sql.ref(`${child}.${column}`)} = ${sql.ref(`${parent}.${parentColumn}`)}`,
  };
}

/** The rows of `table` a link table ties to the parent: `link.linkColumn` names the parent, `link.targetColumn` the row. */
export function rowsThrough<Link extends TableName, Table extends TableName>(
  link: Link,
  linkColumn: ColumnName<Link>,
  targetColumn: ColumnName<Link>,
  table: Table,
): Related {
  // The link's alias is made from the row's, which is unique in the statement. Each row is read by its
  // primary key (LATERAL): as a join, a day's links were planned as hash joins over the whole table, once per parent.
  const linkAlias = (child: string) => `${child}_link`;
  return {
    from: (child) =>
      sql`${sql.table(link)} ${sql.ref(linkAlias(child))} CROSS JOIN LATERAL (SELECT * FROM ${sql.table(table)} ${sql.ref(`${child}_row`)}
        WHERE ${sql.ref(`${child}_row.id`)} = ${sql.ref(`${linkAlias(child)}.${targetColumn}`)}) ${sql.ref(child)}`,
    where: (parent, child) => sql`${sql.ref(`${linkAlias(child)}.${linkColumn}`)} = ${sql.ref(`${parent}.id`)}`,
  };
}
