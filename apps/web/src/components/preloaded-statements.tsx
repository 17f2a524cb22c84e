import { StatementsDocument, type StatementsQueryVariables } from "@parley/schema";
import { env } from "../env";
import { ApolloWrapper } from "../lib/apollo-wrapper";
import { PreloadQuery } from "../lib/rsc-client";
import { PagedStatements } from "./paged-statements";

interface PreloadedStatementsProps {
  variables: StatementsQueryVariables;
  emptyText: string;
}

/**
 * Statements the server renders and the browser's Apollo Client then pages through. Apollo's
 * provider sits here, not in the root layout, so that pages without paging load none of its code.
 */
export function PreloadedStatements({ variables, emptyText }: PreloadedStatementsProps) {
  return (
    <ApolloWrapper apiUrl={env.PUBLIC_API_URL}>
      <PreloadQuery query={StatementsDocument} variables={variables}>
        <PagedStatements variables={variables} emptyText={emptyText} />
      </PreloadQuery>
    </ApolloWrapper>
  );
}
