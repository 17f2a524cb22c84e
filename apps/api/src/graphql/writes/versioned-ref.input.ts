import { Field, InputType, Int } from "type-graphql";

/** What every update and delete names its record by: its slug, and the version it was read at. */
@InputType()
export abstract class VersionedRefInput {
  @Field({ description: "The record's slug." })
  slug!: string;

  @Field(() => Int, { description: "The version the record was read at; refused with CONFLICT when it has changed since." })
  version!: number;
}
