import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { proposeStatementsFor } from "../../services/proposals";
import { COUNTS_AS_WRITE, Scope } from "../auth-checker";
import type { Context } from "../context";
import { StatementProposal } from "./statement-proposal.type";

@Resolver()
export class ProposalResolver {
  @Authorized(Scope.WRITE, COUNTS_AS_WRITE)
  @Query(() => [StatementProposal], {
    description:
      "The statements a text seems to report, in text order, with their speakers resolved to known actors. Needs a bearer that may write, and counts against its write limit; writes nothing.",
  })
  async proposeStatements(@Arg("text") text: string, @Ctx() { db }: Context): Promise<StatementProposal[]> {
    return (await proposeStatementsFor(db, text)).map((proposal) => new StatementProposal(proposal));
  }
}
