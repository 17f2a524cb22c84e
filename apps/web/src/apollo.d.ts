// Apollo Client's "modern" signatures (4.2+): they take the default errorPolicy "none" into
// account, so a resolved `query()` has its `data` typed as present (errors reject instead).
import "@apollo/client";

declare module "@apollo/client" {
  export interface TypeOverrides {
    signatureStyle: "modern";
  }
}
