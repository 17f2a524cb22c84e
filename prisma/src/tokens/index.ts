export { parseDuration } from "./duration";
export { createToken, findTokenInForce, hashOf, listTokens, revokeToken, type TokenInfo } from "./tokens";
