export { parseClauses } from "./parseCriteria";
