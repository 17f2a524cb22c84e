export { parseDuration } from "./duration";
export { createToken, findTokenInForce, listTokens, revokeToken, type TokenInfo } from "./tokens";
