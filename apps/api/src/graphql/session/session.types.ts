import { DateTimeResolver } from "graphql-scalars";
import { Field, InputType, ObjectType } from "type-graphql";
import type { NewSession } from "../../services/sessions";
import { Viewer } from "./viewer.type";

@InputType({ description: "Signs in: the token, in the request's body, never in its address." })
export class CreateSessionInput {
  @Field({ description: "A token in force, of the WRITE or ADMIN scope." })
  token!: string;
}

@ObjectType({ simpleResolvers: true })
export class CreateSessionPayload {
  @Field({
    description:
      "The session's secret, shown this once: send it as `Authorization: Bearer <secret>`. Keep it where scripts cannot read it.",
  })
  secret: string;

  @Field(() => DateTimeResolver)
  expiresAt: Date;

  @Field(() => Viewer)
  viewer: Viewer;

  constructor(session: NewSession) {
    this.secret = session.secret;
    this.expiresAt = session.expiresAt;
    this.viewer = new Viewer(session.caller);
  }
}

@ObjectType({ simpleResolvers: true })
export class EndSessionPayload {
  @Field(() => DateTimeResolver, { description: "When the session ended: its secret no longer works from then on." })
  endedAt: Date;

  constructor(endedAt: Date) {
    this.endedAt = endedAt;
  }
}
